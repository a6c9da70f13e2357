"""The PySide6 interface: windows, the board scene, the batenlogica view, the projector."""
