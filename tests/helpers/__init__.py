"""Helpers shared by the tests: seeded workshops, snapshots, the stateful reference model,
board and window drivers. Test modules import from here, never from one another."""
