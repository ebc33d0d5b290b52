import VerbatimCore

/// Splits the text into word and punctuation tokens once, for every later stage that compares words
/// with lexicons, and marks the first word of each sentence (a capital there says nothing about a name).
public struct WordTokenStage: Stage {
    public let name = "tokens.words"
    public let requires: Set<Layer> = [.sentences]
    public let produces: Set<Layer> = [.tokens]

    public init() {}

    public func apply(to document: inout Document) throws(StageError) {
        guard document.utf8.count <= Token.maximumTextBytes else {
            throw StageError(stage: name, reason: "the text is \(document.utf8.count) bytes; at most \(Token.maximumTextBytes) can be tokenized")
        }
        var tokens = WordTokenizer.tokens(in: document.utf8)
        var sentence = 0
        var marked = -1
        let sentences = document.sentences
        for index in tokens.indices where tokens[index].kind == .word {
            while sentence < sentences.count, sentences[sentence].range.end <= tokens[index].range.start { sentence += 1 }
            guard sentence < sentences.count else { break }
            if sentences[sentence].range.start <= tokens[index].range.start, marked != sentence {
                tokens[index].startsSentence = true
                marked = sentence
            }
        }
        document.tokens = tokens
    }
}
