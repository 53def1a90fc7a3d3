"""srdt-assist: reply assistant for the Services de Renseignement en Droit du Travail."""

__version__ = "0.1.0"
