"""ReceptionApp: the front desk of a cable-TV and Internet provider."""

__version__ = "0.1.0"
