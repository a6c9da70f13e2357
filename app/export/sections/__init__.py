"""One module per report section; each turns report data into flowables, or none without data."""
