"""Alembic migrations of the workshop schema. Revision files are named ``NNNN_*.py``."""
