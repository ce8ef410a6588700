"""Pure results computed from assessments: scores, differences, follow-up, report data."""
