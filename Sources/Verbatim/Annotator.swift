import Foundation
@_exported import Lexicons
@_exported import Claims
@_exported import Dates
@_exported import Entities
@_exported import Quotes
@_exported import Segmentation
@_exported import Tokens
@_exported import VerbatimICU
@_exported import VerbatimCore
@_exported import VerbatimJSON

/// Verbatim's public entry point: assembles the pipeline once and annotates articles with it.
///
/// ```swift
/// let annotator = try Annotator()
/// let document = try annotator.annotate(ArticleRecord(id: "a1", text: article))
/// let json = AnnotationEncoder(toolVersion: Verbatim.version).record(for: document)
/// ```
public struct Annotator: Sendable {
    public struct Configuration: Sendable {
        /// The folder of lexicon files; nil for the ones shipped with Verbatim.
        public var lexiconDirectory: String?
        /// The user's own entity lexicon files, whose entries extend or replace ours.
        public var userLexicons: [String]
        /// Sentences scoring below this get no claim record (`--min-score`).
        public var minimumClaimScore: Double = 0.5
        /// Larger documents are refused with a clear error rather than exhausting memory.
        public var maxDocumentBytes: Int

        public init(lexiconDirectory: String? = nil, userLexicons: [String] = [], maxDocumentBytes: Int = 512 << 20) {
            self.lexiconDirectory = lexiconDirectory
            self.userLexicons = userLexicons
            self.maxDocumentBytes = maxDocumentBytes
        }
    }

    public let configuration: Configuration
    public let pipeline: Pipeline

    public init(_ configuration: Configuration = Configuration()) throws(AnnotatorError) {
        self.configuration = configuration
        guard let directory = configuration.lexiconDirectory ?? Lexicons.directory?.path else {
            throw .lexicon(LexiconError(file: "Lexicons", reason: "cannot find Verbatim's lexicon files; set VERBATIM_LEXICONS to their folder"))
        }
        do {
            // The entity lexicon takes most of the start-up: it loads on the second core meanwhile.
            let entityLoad = BackgroundLoad { () throws(LexiconError) in
                try EntityLexicon.load(directory: directory, userFiles: configuration.userLexicons)
            }
            let segmentation = try SegmentationLexicon.load(fromDirectory: directory)
            let quotes = try QuoteLexicon.load(fromDirectory: directory)
            let calendar = try CalendarLexicon.load(fromDirectory: directory)
            let claims = try ClaimLexicon.load(fromDirectory: directory)
            let entities = try entityLoad.value()
            pipeline = try Pipeline(stages: [
                SentenceSegmenter(lexicon: segmentation),
                WordTokenStage(),
                EntityRecognizer(lexicon: entities),
                QuoteAttributor(lexicon: quotes),
                DateNormalizer(lexicon: calendar),
                ClaimScorer(lexicon: claims, minimumScore: configuration.minimumClaimScore),
            ])
        } catch let error as LexiconError {
            throw .lexicon(error)
        } catch let error as StageError {
            throw .stage(error)
        } catch {
            throw .pipeline("\(error)")
        }
    }

    /// Runs every stage on one article.
    public func annotate(_ record: ArticleRecord) throws(AnnotatorError) -> Document {
        let size = record.text.utf8.count
        guard size <= configuration.maxDocumentBytes else {
            throw .input(.tooLarge(bytes: size, limit: configuration.maxDocumentBytes))
        }
        var document = Document(id: record.id, text: record.text, metadata: record.metadata)
        do {
            try pipeline.run(&document)
        } catch {
            throw .stage(error)
        }
        return document
    }
}

public enum Verbatim {
    public static let version = "0.1.0"
}

public enum AnnotatorError: Error, CustomStringConvertible {
    case lexicon(LexiconError)
    case stage(StageError)
    case input(InputError)
    case pipeline(String)

    public var description: String {
        switch self {
        case .lexicon(let error): error.description
        case .stage(let error): error.description
        case .input(let error): error.description
        case .pipeline(let reason): reason
        }
    }
}
