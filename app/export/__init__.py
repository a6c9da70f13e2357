"""Reports and pictures: reportlab PDF, vector drawings, Qt PNG/SVG snapshots."""
