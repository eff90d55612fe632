/// A partition of the nodes of a signed projection into blocs, from
/// ``GraphProjection/signedBlocs(count:seed:restarts:exactLimit:)``.
public struct SignedPartition: Sendable, Hashable {
    /// The bloc of each node, numbered `0..<blocCount` in order of smallest node.
    public var labels: [Int32]
    /// The number of blocs.
    public var blocCount: Int
    /// The frustration on net signed weights: positive weight between blocs plus negative weight
    /// (in absolute value) within blocs.
    public var frustration: Double
    /// True when the partition is proven optimal.
    public var isOptimal: Bool

    /// Creates a partition.
    public init(labels: [Int32], blocCount: Int, frustration: Double, isOptimal: Bool) {
        self.labels = labels
        self.blocCount = blocCount
        self.frustration = frustration
        self.isOptimal = isOptimal
    }
}
