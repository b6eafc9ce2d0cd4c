"""PyInstaller runtime hook: stand-ins for PySide6.QtOpenGL and PySide6.QtOpenGLWidgets.

The bundle leaves both out (9 MB). pyqtgraph imports them when it is imported
(pyqtgraph/Qt/OpenGLHelpers.py and widgets/RawImageWidget.py subclass QOpenGLWidget,
graphicsItems/PlotCurveItem.py keeps QtOpenGL for its OpenGL path) but uses them only when OpenGL
drawing is switched on (``pyqtgraph.setConfigOption("useOpenGL", True)``), which workreport never
does. The stand-ins let those imports succeed; creating a QOpenGLWidget, or reading any other
name from them, raises. The finder comes last on ``sys.meta_path``, so the real modules win
wherever they exist.
"""

import importlib.abc
import importlib.machinery
import sys

_MISSING = "Qt OpenGL is not included in the workreport bundle"
_NAMES = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")


class _StandInLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        name = module.__name__

        def __getattr__(attribute):
            raise AttributeError(f"{name}.{attribute}: {_MISSING}")

        module.__getattr__ = __getattr__
        if name == "PySide6.QtOpenGLWidgets":
            from PySide6.QtWidgets import QWidget

            class QOpenGLWidget(QWidget):
                def __init__(self, *args, **kwargs):
                    raise ImportError(_MISSING)

            module.QOpenGLWidget = QOpenGLWidget


class _StandInFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname in _NAMES:
            return importlib.machinery.ModuleSpec(fullname, _StandInLoader())
        return None


sys.meta_path.append(_StandInFinder())
