"""What the main window's menus and widgets act through: the library and opening of files, find,
the view in front, and the state kept between runs."""
