"""Which assessments a command reads: by path, by year and organisation, the newest years."""
