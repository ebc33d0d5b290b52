import Testing
import VerbatimCore

/// A stage that marks every line as a sentence, to test the pipeline without ICU.
private struct LineStage: Stage {
    let name = "test.lines"
    let requires: Set<Layer> = []
    let produces: Set<Layer> = [.sentences]

    func apply(to document: inout Document) throws(StageError) {
        var start = 0
        for (index, byte) in document.utf8.enumerated() where byte == 0x0A {
            document.sentences.append(Sentence(range: TextRange(start: start, end: index), paragraph: 0, boundary: .line))
            start = index + 1
        }
        document.sentences.append(Sentence(range: TextRange(start: start, end: document.utf8.count), paragraph: 0, boundary: .end))
    }
}

private struct NeedsSentences: Stage {
    let name = "test.needs-sentences"
    let requires: Set<Layer> = [.sentences]
    let produces: Set<Layer> = [.entities]
    func apply(to document: inout Document) throws(StageError) {}
}

@Suite struct PipelineTests {
    @Test func checksRequirementsWhenAssembled() {
        #expect(throws: PipelineError.missingLayers(stage: "test.needs-sentences", layers: [.sentences])) {
            try Pipeline(stages: [NeedsSentences(), LineStage()])
        }
        #expect(throws: PipelineError.layerProducedTwice(stage: "test.lines", layers: [.sentences])) {
            try Pipeline(stages: [LineStage(), LineStage()])
        }
    }

    @Test func runsStagesInOrderAndRecordsProvenance() throws {
        let pipeline = try Pipeline(stages: [LineStage(), NeedsSentences()])
        var document = Document(text: "one\ntwo")
        try pipeline.run(&document)
        #expect(document.provenance == ["test.lines", "test.needs-sentences"])
        #expect(document.layers == [.sentences, .entities])
        #expect(document.sentences.map { document.text(of: $0.range) } == ["one", "two"])
    }

    @Test func findsSentencesByOffset() throws {
        var document = Document(text: "one\ntwo\nthree")
        try LineStage().apply(to: &document)
        #expect(document.sentence(containing: 0).map { document.text(of: $0.range) } == "one")
        #expect(document.sentence(containing: 3) == nil) // the line break between sentences
        #expect(document.sentence(containing: 9).map { document.text(of: $0.range) } == "three")
        let overlapping = document.sentences(overlapping: TextRange(start: 2, end: 5))
        #expect(overlapping.map { document.text(of: $0.range) } == ["one", "two"])
        #expect(document.sentences(overlapping: TextRange(start: 100, end: 100)).isEmpty)
    }
}

@Suite struct LexiconFileTests {
    @Test func skipsCommentsAndBlankLines() throws {
        let file = try LexiconFile(text: "# source: us\n\nMr.\ttitle\r\nNo.\tnumber\n", path: "a.tsv", fieldCount: 2...2)
        #expect(file.lines.map(\.fields) == [["Mr.", "title"], ["No.", "number"]])
        #expect(file.lines.map(\.number) == [3, 4])
    }

    @Test func aPartOfAFileCountsLinesFromWhereItStarts() throws {
        let bytes = Array("Mr.\ttitle\nDr.\ttitle\nNo.\n".utf8)
        let middle = bytes.firstIndex(of: 0x0A)! + 1
        let second = try LexiconFile(utf8: bytes[middle..<bytes.count - 4], path: "a.tsv", firstLine: 2, fieldCount: 2...2)
        #expect(second.lines.map(\.number) == [2])
        #expect(throws: LexiconError(file: "a.tsv", line: 3, reason: "expected 2 tab-separated fields, found 1")) {
            try LexiconFile(utf8: bytes[middle...], path: "a.tsv", firstLine: 2, fieldCount: 2...2)
        }
    }

    @Test func reportsTheLineOfABadEntry() {
        #expect(throws: LexiconError(file: "a.tsv", line: 2, reason: "expected 2 tab-separated fields, found 1")) {
            try LexiconFile(text: "Mr.\ttitle\nDr.\n", path: "a.tsv", fieldCount: 2...2)
        }
        #expect(throws: LexiconError(file: "a.tsv", line: 1, reason: "empty entry")) {
            try LexiconFile(text: "\ttitle\n", path: "a.tsv", fieldCount: 2...2)
        }
        #expect(LexiconError(file: "a.tsv", line: 2, reason: "bad").description == "a.tsv:2: bad")
    }

    @Test func aFlagFieldHoldsTheFlagADashOrNothing() throws {
        let lines = try LexiconFile(text: "say\tsaid\t-\tinverts\ncall\tcalled\tcall\nhope\thoped\t-\t-\nthink\tthought\t-\tinvert\n",
                                    path: "v.tsv", fieldCount: 1...4).lines
        #expect(try lines[0..<3].map { try $0.hasFlag("inverts", at: 3, in: "v.tsv") } == [true, false, false])
        #expect(throws: LexiconError(file: "v.tsv", line: 4, reason: "'invert' in field 4: only 'inverts' or '-' may stand there")) {
            try lines[3].hasFlag("inverts", at: 3, in: "v.tsv")
        }
    }
}
