import Foundation
import Testing
import Verbatim

/// Real output validated against the published JSON Schema.
@Suite struct SchemaTests {
    let schema: JSONValue = {
        let url = repositoryRoot.appendingPathComponent("Sources/VerbatimJSON/Resources/annotation.schema.json")
        return try! JSONParser.parse([UInt8](try! Data(contentsOf: url)))
    }()

    @Test(arguments: OffsetUnit.allCases)
    func seedRecordIsValid(unit: OffsetUnit) throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/macron-europe-russia.txt"), encoding: .utf8)
        let value = record(try annotate(text, id: "seed", published: "2026-02-13"), offsets: unit)
        #expect(SchemaValidator(schema).errors(in: value) == [])
    }

    @Test func emptyAndErrorRecordsAreValid() throws {
        let encoder = AnnotationEncoder(toolVersion: Verbatim.version)
        #expect(SchemaValidator(schema).errors(in: record(try annotate(""))) == [])
        #expect(SchemaValidator(schema).errors(in: encoder.errorRecord(line: 3, id: "x", error: "bad")) == [])
    }

    @Test func validatorCatchesABrokenRecord() throws {
        guard case .object(var members) = record(try annotate("One. Two.")) else { return }
        members.removeAll { $0.0 == "sentences" }
        #expect(SchemaValidator(schema).errors(in: .object(members)) != [])
    }
}

/// The part of JSON Schema our schema uses: type, const, enum, required, properties,
/// additionalProperties, items, minimum, pattern (as a prefix-free check of digits), oneOf, $ref.
struct SchemaValidator {
    let root: JSONValue
    init(_ root: JSONValue) { self.root = root }

    func errors(in value: JSONValue) -> [String] {
        check(value, against: root, at: "$")
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        if let reference = schema["$ref"]?.stringValue {
            let name = String(reference.split(separator: "/").last!)
            return check(value, against: root["$defs"]![name]!, at: path)
        }
        if let options = schema["oneOf"]?.arrayValue {
            let passing = options.filter { check(value, against: $0, at: path).isEmpty }.count
            return passing == 1 ? [] : ["\(path): matches \(passing) of oneOf"]
        }
        var errors: [String] = []
        if let type = schema["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue!]
            if !allowed.contains(where: { matches(value, type: $0) }) { return ["\(path): not of type \(allowed)"] }
        }
        if let constant = schema["const"], constant != value { errors.append("\(path): not \(constant)") }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) { errors.append("\(path): not in enum") }
        if let minimum = schema["minimum"]?.intValue, let number = value.intValue, number < minimum {
            errors.append("\(path): below \(minimum)")
        }
        if case .object(let members) = value {
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where value[key] == nil {
                errors.append("\(path): missing \(key)")
            }
            let properties = schema["properties"]
            for (key, member) in members {
                if let propertySchema = properties?[key] {
                    errors += check(member, against: propertySchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    errors.append("\(path): unexpected \(key)")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { errors += check(item, against: itemSchema, at: "\(path)[\(index)]") }
        }
        if let pattern = schema["pattern"]?.stringValue, let string = value.stringValue,
           string.range(of: pattern, options: .regularExpression) == nil {
            errors.append("\(path): does not match \(pattern)")
        }
        return errors
    }

    private func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
             ("string", .string), ("array", .array), ("object", .object): true
        default: false
        }
    }
}
