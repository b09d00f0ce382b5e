"""Thi đua: desktop program for the emulation and commendation office."""

__version__ = "0.1.0"
