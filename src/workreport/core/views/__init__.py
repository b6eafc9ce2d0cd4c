"""The presentation layer: what each view of the window shows, as plain data, without Qt.

The widgets only display these rows, counts and chart bars, and word their flags through ``tr()``;
the command line and the Python API read the same functions, so every output agrees.

- :mod:`.header`: a report's or section's counts (figures, characters, 新) and its headline claim;
- :mod:`.charts`: bars for the figures of a section and for a word per child section;
- :mod:`.compare`: the rows and bars of the Compare view.
"""
