"""Movements, their plan details, participation (registrations, sponsorships, contributions,
scores) and yearly ratings of people and units.

The movement's own children go with it (ON DELETE CASCADE); references to people and units are
RESTRICT, so history keeps a person or unit from being deleted.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, ondelete: str, *, nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable)


class MovementRow(SQLModel, table=True):
    """Phong trào thi đua and the plan that launches it."""

    __tablename__ = "movement"
    __table_args__ = (
        Index("ix_movement_start_date", "start_date"),
        Index("ix_movement_name_fold", "name_fold"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    name: str
    name_fold: str
    kind: str
    start_date: str  # ISO
    end_date: str  # ISO
    basis_number: str = ""
    basis_date: str | None = None
    basis_issuer: str = ""
    plan_number: str = ""
    plan_date: str | None = None
    plan_issuer: str = ""
    purpose: str = ""
    requirements: str = ""
    created_at: str = ""
    updated_at: str = ""


class MovementTargetRow(SQLModel, table=True):
    """A numeric target of a movement."""

    __tablename__ = "movement_target"
    __table_args__ = (Index("ix_movement_target_movement_id", "movement_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE", nullable=False))
    position: int = 0
    description: str
    target_value: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    unit_label: str = ""
    achieved_value: float | None = Field(default=None, sa_column=Column(Float, nullable=True))


class MovementGroupRow(SQLModel, table=True):
    """Đối tượng thi đua of a movement."""

    __tablename__ = "movement_group"
    __table_args__ = (Index("ix_movement_group_movement_id", "movement_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE", nullable=False))
    position: int = 0
    kind: str
    name: str


class MovementCriterionRow(SQLModel, table=True):
    """Tiêu chí of a target group, with its maximum score."""

    __tablename__ = "movement_criterion"
    __table_args__ = (Index("ix_movement_criterion_group_id", "group_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    group_id: int = Field(sa_column=_fk("movement_group.id", "CASCADE", nullable=False))
    position: int = 0
    text: str
    max_score: float | None = Field(default=None, sa_column=Column(Float, nullable=True))


class MovementAwardFormRow(SQLModel, table=True):
    """An award form the plan names (free text until the award catalog exists)."""

    __tablename__ = "movement_award_form"
    __table_args__ = (Index("ix_movement_award_form_movement_id", "movement_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE", nullable=False))
    position: int = 0
    name: str
    catalog_key: str = ""


class MovementMilestoneRow(SQLModel, table=True):
    """Sơ kết, tổng kết, 6-month and yearly reports with their due dates."""

    __tablename__ = "movement_milestone"
    __table_args__ = (
        Index("ix_movement_milestone_movement_id_due_date", "movement_id", "due_date"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE", nullable=False))
    kind: str
    title: str
    due_date: str
    done_date: str | None = None
    assignee: str = ""  # who does it (a unit, a person or a role)


class RegistrationRow(SQLModel, table=True):
    """Đăng ký thi đua of a person or a unit, for a movement or a year's titles."""

    __tablename__ = "registration"
    __table_args__ = (
        Index("ix_registration_movement_id", "movement_id"),
        Index("ix_registration_person_id", "person_id"),
        Index("ix_registration_unit_id", "unit_id"),
        Index("ix_registration_year", "year"),
        Index("ix_registration_group_id", "group_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int | None = Field(
        default=None, sa_column=_fk("movement.id", "CASCADE", nullable=True)
    )
    group_id: int | None = Field(
        default=None, sa_column=_fk("movement_group.id", "SET NULL", nullable=True)
    )
    year: int | None = None
    person_id: int | None = Field(
        default=None, sa_column=_fk("person.id", "RESTRICT", nullable=True)
    )
    unit_id: int | None = Field(default=None, sa_column=_fk("unit.id", "RESTRICT", nullable=True))
    registered_on: str
    title: str
    commitments: str = ""
    created_at: str = ""


class SponsorshipRow(SQLModel, table=True):
    """An internal unit sponsors an outside commune within a movement."""

    __tablename__ = "sponsorship"
    __table_args__ = (
        UniqueConstraint("movement_id", "unit_id", "commune_id"),
        Index("ix_sponsorship_unit_id", "unit_id"),
        Index("ix_sponsorship_commune_id", "commune_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE", nullable=False))
    unit_id: int = Field(sa_column=_fk("unit.id", "RESTRICT", nullable=False))
    commune_id: int = Field(sa_column=_fk("unit.id", "RESTRICT", nullable=False))
    since: str | None = None
    note: str = ""


class SupportActivityRow(SQLModel, table=True):
    """One support activity for a sponsored commune; value in whole đồng."""

    __tablename__ = "support_activity"
    __table_args__ = (Index("ix_support_activity_sponsorship_id", "sponsorship_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    sponsorship_id: int = Field(sa_column=_fk("sponsorship.id", "CASCADE", nullable=False))
    done_on: str
    description: str
    kind: str
    value: int = 0


class ContributionRow(SQLModel, table=True):
    """Đóng góp by a person, unit, business or household; value in whole đồng."""

    __tablename__ = "contribution"
    __table_args__ = (
        Index("ix_contribution_movement_id", "movement_id"),
        Index("ix_contribution_person_id", "person_id"),
        Index("ix_contribution_unit_id", "unit_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int | None = Field(
        default=None, sa_column=_fk("movement.id", "CASCADE", nullable=True)
    )
    contributor_kind: str
    person_id: int | None = Field(
        default=None, sa_column=_fk("person.id", "RESTRICT", nullable=True)
    )
    unit_id: int | None = Field(default=None, sa_column=_fk("unit.id", "RESTRICT", nullable=True))
    contributor_name: str = ""
    kind: str
    quantity: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    quantity_unit: str = ""
    value: int = 0
    given_on: str
    beneficiary: str = ""
    evidence: str = ""


class ScoreRow(SQLModel, table=True):
    """Điểm thi đua of a registered participant on a criterion for a year."""

    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("registration_id", "criterion_id", "year"),
        Index("ix_score_criterion_id", "criterion_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    registration_id: int = Field(sa_column=_fk("registration.id", "CASCADE", nullable=False))
    criterion_id: int = Field(sa_column=_fk("movement_criterion.id", "CASCADE", nullable=False))
    year: int
    score: float = Field(sa_column=Column(Float, nullable=False))


class PersonRatingRow(SQLModel, table=True):
    """Xếp loại of a person for a year, with any discipline."""

    __tablename__ = "person_rating"
    __table_args__ = (
        UniqueConstraint("person_id", "year"),
        Index("ix_person_rating_year_rating", "year", "rating"),
        Index(
            "ix_person_rating_discipline",
            "person_id",
            sqlite_where=text("discipline IS NOT NULL"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    person_id: int = Field(sa_column=_fk("person.id", "RESTRICT", nullable=False))
    year: int
    rating: str | None = None
    discipline: str | None = None
    discipline_decision: str = ""
    discipline_from: str | None = None
    discipline_to: str | None = None
    note: str = ""
    updated_at: str = ""


class UnitRatingRow(SQLModel, table=True):
    """Xếp loại of an internal unit for a year."""

    __tablename__ = "unit_rating"
    __table_args__ = (
        UniqueConstraint("unit_id", "year"),
        Index("ix_unit_rating_year", "year"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    unit_id: int = Field(sa_column=_fk("unit.id", "RESTRICT", nullable=False))
    year: int
    rating: str
    note: str = ""
    updated_at: str = ""
