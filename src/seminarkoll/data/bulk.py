"""Bulk INSERT and SELECT of many rows at the driver's level, for imports and long lists."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from operator import add, itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Executable,
    Select,
    String,
    Table,
    insert,
    literal,
    literal_column,
)


class BulkInsert:
    """One INSERT statement for `table`, compiled once, run for batches of rows.

    `connection.execute(insert(table), dicts)` builds a parameter dictionary for every row and
    runs every value through its column type; for ten thousand rows that costs more than the
    database's own work. Here each row is a tuple of values for `columns`, in that order;
    `constants` (the same for every row, such as one timestamp for a whole import) are
    converted for the database once and, where the driver takes them as text, integers or
    NULL, written into the statement as SQL literals; per-row values are converted only for
    the columns whose type needs it on this dialect. The SQL is SQLAlchemy's own, compiled for the
    connection's dialect. Python-side column defaults are not applied: every column the
    table fills that way must be given (ValueError otherwise).
    """

    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        dialect = connection.dialect
        given = dict.fromkeys(columns)
        fixed = dict(constants or {})
        if len(given) != len(columns) or given.keys() & fixed.keys():
            raise ValueError("each column may be given once")
        processors = {
            key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
            for key in [*given, *fixed]
        }
        converted = {
            key: value if (process := processors[key]) is None else process(value)
            for key, value in fixed.items()
        }
        # Constants the driver receives as text, integers or NULL are written into the SQL
        # itself: binding them again for every row costs a fifth of a long insert.
        literals = {
            key: sql for key, value in converted.items() if (sql := _literal(value, dialect))
        }
        bound = [key for key in fixed if key not in literals]
        compiled = (
            insert(table)
            .values({key: literal_column(sql) for key, sql in literals.items()})
            .compile(dialect=dialect, column_keys=[*given, *bound], for_executemany=True)
        )
        if compiled.insert_prefetch:
            missing = ", ".join(sorted(column.key for column in compiled.insert_prefetch))
            raise ValueError(f"no value given for {missing} of {table.name}")
        names = list(compiled.positiontup or compiled.binds)
        keys = [*given, *bound]
        if sorted(names) != sorted(keys):
            raise ValueError(f"cannot bulk insert into {table.name} with {[*given, *fixed]}")
        self._connection = connection
        self._sql = compiled.string
        self._names = names
        self._positional = bool(compiled.positional)
        self._constants = tuple(converted[key] for key in bound)
        self._row_processors: tuple[Callable[[Any], Any] | None, ...] = tuple(
            processors[key] for key in given
        )
        self._convert = any(process is not None for process in self._row_processors)
        order = [keys.index(name) for name in names]
        self._arrange: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None = (
            None if order == list(range(len(keys))) else _tuple_getter(order)
        )

    def execute(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert `rows` (each a tuple of values for `columns`)."""
        if not rows:
            return
        if self._convert:
            processors = self._row_processors
            rows = [
                tuple(v if p is None else p(v) for p, v in zip(processors, row, strict=True))
                for row in rows
            ]
        # Whole rows at a time through map (C loops): this runs for every row of a long list.
        parameters = list(map(add, rows, repeat(self._constants)))
        if self._arrange is not None:
            parameters = list(map(self._arrange, parameters))
        if self._positional:
            self._connection.exec_driver_sql(self._sql, parameters)
        else:
            names = self._names
            self._connection.exec_driver_sql(
                self._sql, [dict(zip(names, values, strict=True)) for values in parameters]
            )


def plain_rows(connection: Connection, statement: Executable) -> list[tuple[Any, ...]]:
    """The rows of `statement`, compiled and run by SQLAlchemy, as plain tuples of what the
    driver returns: values are not converted by their column types (on SQLite a boolean
    reads as 0 or 1, an enum as its text, a date as ISO text). For lists of tens of
    thousands of rows, where building SQLAlchemy's rows costs more than the query."""
    result = connection.execute(statement)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


class Query:
    """A SELECT compiled once per dialect and run at the driver's level, for lists reread
    after every change, where SQLAlchemy's execution and row building cost more than the
    query itself.

    Rows are plain tuples whose values are converted by their columns' types as SQLAlchemy
    would (dates, enums, timestamps), each distinct value of a column once per call.
    Parameters are bound by the names of the statement's `bindparam`s; a statement with an
    expanding parameter (`in_` of a list) is refused (ValueError).
    """

    def __init__(self, statement: Select[*tuple[Any, ...]]) -> None:
        self._statement = statement
        self._compiled: dict[str, _CompiledQuery] = {}

    def rows(self, connection: Connection, **parameters: Any) -> list[tuple[Any, ...]]:
        """The rows of the statement with `parameters`, run inside `connection`'s
        transaction."""
        dialect = connection.dialect
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            compiled = self._compiled[dialect.name] = _CompiledQuery(self._statement, dialect)
        return compiled.rows(connection, parameters)


class _CompiledQuery:
    """A `Query`'s statement compiled for one dialect, with its parameters' and columns'
    conversions."""

    def __init__(self, statement: Select[*tuple[Any, ...]], dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        if compiled.post_compile_params or compiled.literal_execute_params:
            raise ValueError("a Query cannot bind an expanding parameter")
        self._sql = compiled.string
        self._positional = bool(compiled.positional)
        names = list(compiled.positiontup or compiled.bind_names.values())
        self._binds = [
            (
                name,
                compiled.binds[name].value,
                compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect),
            )
            for name in names
        ]
        processors = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in statement.selected_columns
        ]
        self._converted = [(i, p) for i, p in enumerate(processors) if p is not None]

    def rows(self, connection: Connection, given: dict[str, Any]) -> list[tuple[Any, ...]]:
        values = [
            value if processor is None else processor(value)
            for value, processor in (
                (given.get(name, constant), processor) for name, constant, processor in self._binds
            )
        ]
        arguments: Sequence[Any] | dict[str, Any] = (
            values
            if self._positional
            else {name: value for (name, _, _), value in zip(self._binds, values, strict=True)}
        )
        cursor = connection.connection.cursor()
        try:
            cursor.execute(self._sql, arguments)
            rows = cursor.fetchall()
        finally:
            cursor.close()
        if not self._converted or not rows:
            return list(rows)
        # Column by column: the rows are turned into columns and back by zip, and each
        # column's values are looked up in a table of its distinct values, converted once.
        columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for i, process in self._converted:
            columns[i] = _converted(columns[i], process)
        return list(zip(*columns, strict=True))


def _converted(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """`values` through `process`, called once per distinct value (column values repeat in
    long lists); None stays None."""
    once = {value: None if value is None else process(value) for value in set(values)}
    return list(map(once.__getitem__, values))


def _literal(value: object, dialect: Dialect) -> str | None:
    """`value`, as converted for the driver, as SQL text; None when it stays a parameter."""
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str and "%" not in value:
        # Without "%": drivers with "%s" parameters need it doubled, and SQLAlchemy doubles the
        # text of a literal column again. Such a rare constant simply stays a parameter.
        text = literal(value, String())
        return str(text.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    return None


def _tuple_getter(order: Sequence[int]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """A function picking `order`'s positions from a tuple, always returning a tuple."""
    if len(order) == 1:
        (position,) = order
        return lambda values: (values[position],)
    getter: Callable[[tuple[Any, ...]], tuple[Any, ...]] = itemgetter(*order)
    return getter
