/// One sentence: a span without leading or trailing white space.
public struct Sentence: Hashable, Sendable {
    public var range: TextRange
    /// Index of the paragraph (blocks separated by blank lines) the sentence starts in, from 0.
    public var paragraph: Int
    /// The rule that ended the sentence, so a reader can see why the boundary is there.
    public var boundary: SentenceBoundary

    public init(range: TextRange, paragraph: Int, boundary: SentenceBoundary) {
        self.range = range
        self.paragraph = paragraph
        self.boundary = boundary
    }
}

/// Why a sentence ends where it does.
public enum SentenceBoundary: String, Hashable, Sendable {
    /// ICU's sentence rules, confirmed by our corrections.
    case icu
    /// A blank line: the paragraph ends.
    case paragraph
    /// A line break kept as a boundary: headline, byline, bullet or a short unpunctuated line.
    case line
    /// The next item of a list or a bullet begins.
    case list
    /// An ellipsis followed by a new sentence.
    case ellipsis
    /// The end of the text.
    case end
}
