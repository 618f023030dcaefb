#!/usr/bin/env python3
"""Writes the app's notification sound: two soft sine tones (E6 then A6), 150 ms in all, 16-bit mono 44.1 kHz.

Generated here from nothing but arithmetic, so it carries no third-party licence. Run from the project root:
    python3 assets/sounds/make-notification-sound.py
"""
import math
import struct
import wave

RATE = 44100
TONES = [(1318.5, 0.070), (1760.0, 0.080)]  # (Hz, seconds)
VOLUME = 0.28
FADE = 0.012  # seconds of fade in and out per tone, so nothing clicks
OUT = "src/main/resources/com/marketchats/app/notify/notification.wav"

frames = bytearray()
for freq, length in TONES:
    count = int(RATE * length)
    fade = int(RATE * FADE)
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade)
        sample = VOLUME * envelope * math.sin(2 * math.pi * freq * i / RATE)
        frames += struct.pack("<h", int(sample * 32767))

with wave.open(OUT, "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(bytes(frames))
