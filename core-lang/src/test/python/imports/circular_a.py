import circular_b
def fa():
    return 'fa sees ' + circular_b.fb_name()
