import Foundation

extension StatisticsTable {
    /// The table as JSON. The schema (also in docs/statistics-json.md):
    ///
    ///     {
    ///       "format": "tamga-statistics", "version": 1,
    ///       "audience": "internal" | "state" | "public",
    ///       "threshold": Int | null,          // null: exact counts, nothing suppressed
    ///       "from": "YYYY-MM-DD" | null, "to": "YYYY-MM-DD" | null,
    ///       "rows": { "dimension": "facility" | "kind" | "tag" | "month", "labels": [String] },
    ///       "columns": { "dimension": ..., "labels": [String] } | null,   // null: one dimension
    ///       "cells": [ { "row": String | null,        // null: the total row
    ///                    "column": String | null,     // null: the total column (always, in one dimension)
    ///                    "count": Int | null,         // null when suppressed
    ///                    "suppressed": null
    ///                      | { "reason": "below-threshold" }
    ///                      | { "reason": "protects", "row": String | null, "column": String | null } } ]
    ///     }
    ///
    /// `cells` is in table order: row by row, each row's total after its
    /// cells, the total row last. Labels identify rows and columns, and
    /// null stands for a total, so a category called "Total" is never
    /// mistaken for one. Keys are sorted and absent values are `null`, so
    /// equal tables give equal bytes.
    public var json: String {
        let value = TableValue(
            audience: audience.rawValue, threshold: disclosure.threshold,
            from: query.from?.description, to: query.to?.description,
            rows: Axis(dimension: query.rows.rawValue, labels: rowLabels),
            columns: query.columns.map { Axis(dimension: $0.rawValue, labels: columnLabels) },
            cells: positions.map { position in
                Cell(row: position.row.map { rowLabels[$0] }, column: position.column.map { columnLabels[$0] },
                     count: self[position].value, suppressed: self[position].suppression.map(note))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and arrays of them always encode.
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func note(_ reason: Suppression) -> Note {
        switch reason {
        case .belowThreshold: Note(reason: "below-threshold", target: nil)
        case let .protects(position):
            Note(reason: "protects", target: (position.row.map { rowLabels[$0] }, position.column.map { columnLabels[$0] }))
        }
    }

    private struct TableValue: Encodable {
        let format = "tamga-statistics"
        let version = 1
        let audience: String, threshold: Int?, from: String?, to: String?
        let rows: Axis, columns: Axis?, cells: [Cell]

        enum CodingKeys: String, CodingKey { case format, version, audience, threshold, from, to, rows, columns, cells }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(format, forKey: .format)
            try container.encode(version, forKey: .version)
            try container.encode(audience, forKey: .audience)
            try container.encode(threshold, forKey: .threshold)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(rows, forKey: .rows)
            try container.encode(columns, forKey: .columns)
            try container.encode(cells, forKey: .cells)
        }
    }

    private struct Axis: Encodable { let dimension: String, labels: [String] }

    private struct Cell: Encodable {
        let row: String?, column: String?, count: Int?, suppressed: Note?
        enum CodingKeys: String, CodingKey { case row, column, count, suppressed }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(row, forKey: .row)
            try container.encode(column, forKey: .column)
            try container.encode(count, forKey: .count)
            try container.encode(suppressed, forKey: .suppressed)
        }
    }

    private struct Note: Encodable {
        let reason: String
        let target: (row: String?, column: String?)?
        enum CodingKeys: String, CodingKey { case reason, row, column }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(reason, forKey: .reason)
            if let target {
                try container.encode(target.row, forKey: .row)
                try container.encode(target.column, forKey: .column)
            }
        }
    }
}
