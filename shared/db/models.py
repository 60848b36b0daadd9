"""The tables. Documents are keyed by the SHA-256 of their bytes, entities by a hash of their
resolution key, so that writing the same thing twice changes nothing."""

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.db.base import Base, utcnow

# Document.status values, in the order a document passes through them.
QUEUED, PROCESSING, DONE, FAILED = "queued", "processing", "done", "failed"
STATUSES = (QUEUED, PROCESSING, DONE, FAILED)

# Drop.outcome values: what became of one file dropped into the inbox.
STORED, DUPLICATE, REFUSED = "stored", "duplicate", "refused"


class Blob(Base):
    """The original bytes of a document, addressed by content, so workers need no shared disk."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Base):
    """One distinct article (by content), whatever the names it was dropped under."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("blobs.sha256"), unique=True, index=True
    )
    filename: Mapped[str] = mapped_column(String(1024))
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=QUEUED, index=True)
    error: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    queued_at: Mapped[datetime | None] = mapped_column(index=True)
    sent_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None] = mapped_column(index=True)

    mentions: Mapped[list["Mention"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    facts: Mapped[list["Fact"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class Drop(Base):
    """One file seen in the inbox and what became of it: every file is accounted for here."""

    __tablename__ = "drops"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Where the file went when it left the inbox: None while it is there, "" once deleted.
    moved_to: Mapped[str | None] = mapped_column(Text)
    settled_at: Mapped[datetime | None] = mapped_column(index=True)


class Attempt(Base):
    """One delivery of an ingest task to a worker, recorded from Celery's signals."""

    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[str] = mapped_column(String(64), index=True)
    retries: Mapped[int] = mapped_column(Integer, default=0)
    queued_at: Mapped[datetime | None]
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    wait_seconds: Mapped[float | None] = mapped_column(Float)
    duration_seconds: Mapped[float | None] = mapped_column(Float)
    outcome: Mapped[str] = mapped_column(String(16), default="started")
    error: Mapped[str | None] = mapped_column(Text)
    hostname: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None]


class Entity(Base):
    """One real-world person, organisation or place, shared by every document naming it."""

    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    label: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(Text)
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list["EntityAlias"]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True
    )


class EntityAlias(Base):
    """A name an entity goes by (base forms, other languages, scripts), for lookups."""

    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "normalized"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[str] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(String(512), index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class Mention(Base):
    """One occurrence of an entity in a document, with character offsets into its text."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]

    document: Mapped[Document] = relationship(back_populates="mentions")


class Fact(Base):
    """One fact of a document: quote, meeting, role, quantity or date, with its evidence.

    `data` holds the type's export fields; the entities it names are also rows of
    FactArgument so that "every fact about this entity" is an indexed query.
    """

    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_type_date", "type", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(32))
    date: Mapped[str | None] = mapped_column(String(10))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(default=0)
    end: Mapped[int] = mapped_column(default=0)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    extractor_version: Mapped[str] = mapped_column(String(64))

    document: Mapped[Document] = relationship(back_populates="facts")
    arguments: Mapped[list["FactArgument"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class FactArgument(Base):
    """An entity taking part in a fact, with its part (speaker, participant, place, …)."""

    __tablename__ = "fact_arguments"

    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
