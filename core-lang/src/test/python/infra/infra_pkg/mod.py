value = 'mod'
