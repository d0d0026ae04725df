namespace Efactura.Validation.Structure;

/// <summary>
/// A flat xsd:sequence as a deterministic matcher. UBL's sequences name each element once and use only the
/// occurrences 0..1, 1, 0..n and 1..n, so the first particle that accepts a child is the one the schema's
/// (unique particle attribution) automaton would take: matching is a forward scan, linear in the children.
/// </summary>
internal sealed class ContentModel(Particle[] particles)
{
    public IReadOnlyList<Particle> Particles => particles;

    public bool IsEmpty => particles.Length == 0;

    /// <summary>Consumes one child; returns the particle that accepted it, or null (the state is then unchanged).</summary>
    public Particle? Advance(ref SequencePosition position, ElementDeclaration? declaration, string namespaceUri)
    {
        for (var i = position.Index; i < particles.Length; i++)
        {
            var particle = particles[i];
            var count = i == position.Index ? position.Count : 0;
            if (count < particle.Max && particle.Matches(declaration, namespaceUri))
            {
                position = new SequencePosition(i, count + 1);
                return particle;
            }
            if (count < particle.Min) return null;
        }
        return null;
    }

    /// <summary>The particles that may come next, in schema order (what the JDK lists as "One of ... is expected").</summary>
    public List<Particle> Expected(SequencePosition position)
    {
        var expected = new List<Particle>();
        for (var i = position.Index; i < particles.Length; i++)
        {
            var particle = particles[i];
            var count = i == position.Index ? position.Count : 0;
            if (count < particle.Max) expected.Add(particle);
            if (count < particle.Min) break;
        }
        return expected;
    }

    /// <summary>Whether the content may end here: every particle from the position on has its minimum.</summary>
    public bool IsComplete(SequencePosition position)
    {
        for (var i = position.Index; i < particles.Length; i++)
        {
            var count = i == position.Index ? position.Count : 0;
            if (count < particles[i].Min) return false;
        }
        return true;
    }
}

/// <summary>Where a sequence stands: the particle last matched (or 0 at the start) and how often it matched.</summary>
internal readonly record struct SequencePosition(int Index, int Count);
