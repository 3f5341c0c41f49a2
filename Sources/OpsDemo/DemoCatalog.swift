#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The models, tools and users the demo traffic draws from, with their weights.
///
/// Prices (USD per million tokens) are approximate list prices, used only to decide when the
/// demo's own `budget` lines cross their thresholds; the engine prices tokens itself.
enum DemoCatalog {
    struct Model: Sendable {
        var name: StaticString
        var spanName: StaticString
        var responseAlias: StaticString
        var provider: StaticString
        var isOpenAI: Bool
        var medianSeconds: Double
        var weight: Double
        var inputPrice: Double
        var cachedInputPrice: Double
        var outputPrice: Double
    }

    struct Tool: Sendable {
        var name: StaticString
        var spanName: StaticString
        var isRetrieval: Bool
        var medianSeconds: Double
        var weight: Double
        /// The customer's question that leads to this tool; an order number follows when `takesOrder`.
        var question: StaticString
        var takesOrder: Bool
        var result: StaticString
        var answer: StaticString
    }

    static let models: [Model] = [
        Model(
            name: "gpt-4o-mini", spanName: "chat gpt-4o-mini", responseAlias: "gpt-4o-mini-2024-07-18",
            provider: "openai", isOpenAI: true, medianSeconds: 0.75, weight: 45,
            inputPrice: 0.15, cachedInputPrice: 0.075, outputPrice: 0.6),
        Model(
            name: "gpt-4o", spanName: "chat gpt-4o", responseAlias: "gpt-4o-2024-08-06",
            provider: "openai", isOpenAI: true, medianSeconds: 1.0, weight: 15,
            inputPrice: 2.5, cachedInputPrice: 1.25, outputPrice: 10),
        Model(
            name: "claude-sonnet-4-5", spanName: "chat claude-sonnet-4-5", responseAlias: "claude-sonnet-4-5-20250929",
            provider: "anthropic", isOpenAI: false, medianSeconds: 1.2, weight: 10,
            inputPrice: 3, cachedInputPrice: 0.3, outputPrice: 15),
        Model(
            name: "claude-3-5-haiku", spanName: "chat claude-3-5-haiku", responseAlias: "claude-3-5-haiku-20241022",
            provider: "anthropic", isOpenAI: false, medianSeconds: 0.7, weight: 12,
            inputPrice: 0.8, cachedInputPrice: 0.08, outputPrice: 4),
        Model(
            name: "gemini-2.0-flash", spanName: "chat gemini-2.0-flash", responseAlias: "gemini-2.0-flash-001",
            provider: "gcp.gemini", isOpenAI: false, medianSeconds: 0.55, weight: 12,
            inputPrice: 0.1, cachedInputPrice: 0.025, outputPrice: 0.4),
        Model(
            name: "mistral-large-latest", spanName: "chat mistral-large-latest", responseAlias: "mistral-large-2411",
            provider: "mistral_ai", isOpenAI: false, medianSeconds: 1.0, weight: 6,
            inputPrice: 2, cachedInputPrice: 2, outputPrice: 6),
    ]

    /// Index of `gpt-4o` in `models`: the runaway user's model.
    static let runawayModel = 1

    static let tools: [Tool] = [
        Tool(
            name: "lookup_order", spanName: "execute_tool lookup_order", isRetrieval: false,
            medianSeconds: 0.12, weight: 40, question: "Where is my order ", takesOrder: true,
            result: "{\"status\":\"shipped\"}", answer: "Your order has shipped and arrives in 2 days."),
        Tool(
            name: "search_kb", spanName: "execute_tool search_kb", isRetrieval: true,
            medianSeconds: 0.09, weight: 35, question: "How do I change my delivery address?", takesOrder: false,
            result: "{\"hits\":3}", answer: "Open Orders, pick the order and choose Edit address."),
        Tool(
            name: "cancel_order", spanName: "execute_tool cancel_order", isRetrieval: false,
            medianSeconds: 0.15, weight: 12, question: "Please cancel order ", takesOrder: true,
            result: "{\"cancelled\":true}", answer: "Done: the order is cancelled."),
        Tool(
            name: "refund_payment", spanName: "execute_tool refund_payment", isRetrieval: false,
            medianSeconds: 0.25, weight: 13, question: "I want a refund for order ", takesOrder: true,
            result: "{\"refund\":\"pending\"}", answer: "Your refund is on its way."),
    ]

    /// Index of `cancel_order` in `tools`: the tool whose database goes away.
    static let cancelOrder = 2
    /// Index of `search_kb` in `tools`: the runaway loop's tool.
    static let searchKB = 1

    static let modelCumulativeWeights: [Double] = cumulative(models.map(\.weight))
    static let toolCumulativeWeights: [Double] = cumulative(tools.map(\.weight))

    static let userCount = 200
    /// The runaway user's number (`u_666`), outside the normal population.
    static let runawayUser: Int32 = 666

    /// Zipf-like: user `k` is chosen with weight 1 / k^1.1, so a few users dominate.
    static let userCumulativeWeights: [Double] = cumulative(
        (1...userCount).map { 1 / pow(Double($0), 1.1) })

    static func cumulative(_ weights: [Double]) -> [Double] {
        var total = 0.0
        return weights.map { weight in
            total += weight
            return total
        }
    }
}
