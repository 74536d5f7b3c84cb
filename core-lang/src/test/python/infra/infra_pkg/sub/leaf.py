value = 'leaf'
