"""Files on disk: finding assessments, naming paths, writing atomically, the packaged resources."""
