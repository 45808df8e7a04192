"""SQLModel tables: the typed view of the schema that migrations create.

The schema itself is owned by ``core.migrations`` (a test checks these classes and the migrated
schema agree). Services use these classes for single-record work and their ``__table__`` with
SQLAlchemy Core for bulk work.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

PERSON_STATUSES = ("active", "left")


class Person(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    employee_id: str | None = None
    email: str | None = None
    first_name: str = ""
    last_name: str = ""
    full_name: str = ""
    job_title: str = ""
    department: str = ""
    site: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    manager_email: str | None = None
    manager_employee_id: str | None = None
    hire_date: str | None = None
    status: str = "active"
    left_on: str | None = None
    first_seen: str
    last_seen: str
    source: str = ""
    search_key: str = ""
    sort_key: str = ""


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
