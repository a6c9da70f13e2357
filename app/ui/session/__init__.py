"""Running a session: rounds, themes and their forms, carrying results forward."""
