# a package for the infra golden scripts (importlib, imp)
value = 'pkg'
