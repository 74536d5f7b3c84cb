value = 'beta'
