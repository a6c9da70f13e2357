"""The batenlogica: graph building, checks and layered layout, with NetworkX and without Qt."""
