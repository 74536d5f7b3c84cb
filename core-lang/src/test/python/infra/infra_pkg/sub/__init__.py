value = 'sub'
