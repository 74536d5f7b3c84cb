import circular_a
def fb_name():
    return 'fb'
