namespace PerformanceTargets.Model;

/// <summary>The stage of a budget document: 草案 (draft) or 正式 (final). JSON: <c>"draft"</c>, <c>"final"</c>.</summary>
public enum DocumentStage
{
    /// <summary>草案: the draft submitted for review and for the people's congress.</summary>
    Draft,

    /// <summary>正式: the approved budget.</summary>
    Final,
}

/// <summary>The unit of every amount in a document (金额单位). JSON: <c>"万元"</c>, <c>"元"</c>.</summary>
public enum AmountUnit
{
    /// <summary>万元: ten thousand yuan, the unit of the seed document and most published tables.</summary>
    TenThousandYuan,

    /// <summary>元: yuan, common in provincial flat tables.</summary>
    Yuan,
}

/// <summary>项目属性: whether a project is new this year or continues. JSON: <c>"new"</c>, <c>"continuing"</c>.</summary>
public enum ProjectAttribute
{
    /// <summary>新增: a new project.</summary>
    New,

    /// <summary>延续: a continuing project.</summary>
    Continuing,
}

/// <summary>指标方向: whether a higher value is better. JSON: <c>"positive"</c>, <c>"negative"</c>.</summary>
public enum IndicatorDirection
{
    /// <summary>正向: higher is better (≥, &gt;, =).</summary>
    Positive,

    /// <summary>反向: lower is better (≤, &lt;).</summary>
    Negative,
}

/// <summary>The comparator of a quantitative target. JSON (in <c>targetValue</c>): <c>"&gt;="</c>, <c>"&gt;"</c>, <c>"="</c>, <c>"&lt;="</c>, <c>"&lt;"</c>.</summary>
public enum Comparator
{
    /// <summary>= (等于).</summary>
    Equal,

    /// <summary>≥ (大于等于, 不低于, 不少于).</summary>
    GreaterOrEqual,

    /// <summary>&gt; (大于).</summary>
    Greater,

    /// <summary>≤ (小于等于, 不高于, 不超过).</summary>
    LessOrEqual,

    /// <summary>&lt; (小于).</summary>
    Less,
}

/// <summary>The kind of a normalised <see cref="TargetValue"/>. JSON: <c>"quantitative"</c>, <c>"qualitative"</c>.</summary>
public enum TargetValueKind
{
    /// <summary>定量: comparator, number and unit.</summary>
    Quantitative,

    /// <summary>定性: a graded phrase.</summary>
    Qualitative,
}
