"""The brown-paper board of one round: scene, items, view and gestures."""
