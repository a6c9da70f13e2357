"""The participant server: phones on the room network write and vote (no Qt)."""
