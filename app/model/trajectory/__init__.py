"""The trajectory around the boards: meetings, follow-up, measurements, implementation plans."""
