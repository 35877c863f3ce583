using DeepNvm.Model.Banks;
using DeepNvm.Model.Cache;

namespace DeepNvm.Model.Tests;

/// <summary>A mat's predecoders come from a per-thread memo keyed on their address bits and load (<see cref="PredecoderMemo"/>),
/// started afresh for each context. A mat evaluated through the memo must be the mat evaluated without it, to the bit, whichever
/// contexts the memo served before.</summary>
public class PredecoderMemoTests
{
    [Fact]
    public void Mats_evaluated_through_the_memo_are_the_mats_evaluated_without_it_across_contexts()
    {
        // Predecoders depend on the transistors and the buffer design, not the cell: three nodes, and a second buffer design.
        var contexts = new[] { (Cells.Sram, 22), (Cells.Stt, 16), (Cells.Sot, 7) }
            .Select(c => CacheModel.CreateContext(Cells.Cache(1), c.Item1, Cells.Node(c.Item2), CacheModelOptions.Default)).ToList();
        contexts.Add(contexts[0].WithBufferDesign(contexts[0].BufferDesign == BufferDesign.Area ? BufferDesign.Latency : BufferDesign.Area));
        var memo = new PredecoderMemo();
        var compared = 0;
        foreach (var address in new[] { 6, 9, 12 })
        foreach (var (rowSub, colSub) in new[] { (1, 1), (2, 2) })
        foreach (var (sense, lev1, lev2) in new[] { (1, 1, 1), (8, 1, 1), (2, 4, 1), (16, 16, 4) })
        foreach (var context in contexts) // alternating contexts: each switch must start the memo afresh
        {
            var without = Mat.Evaluate(context, false, rowSub, colSub, address, 512, 8, 1, 1, sense, lev1, lev2);
            var with = Mat.Evaluate(context, false, rowSub, colSub, address, 512, 8, 1, 1, sense, lev1, lev2, memo);
            var again = Mat.Evaluate(context, false, rowSub, colSub, address, 512, 8, 1, 1, sense, lev1, lev2, memo); // from the memo
            var what = $"{(context.Cell.IsSram ? "sram" : "mram")} {contexts.IndexOf(context)} address {address}, {rowSub}x{colSub}, mux {sense}/{lev1}/{lev2}";
            with.Invalid.ShouldBe(without.Invalid, what);
            if (without.Invalid)
            {
                continue;
            }

            foreach (var mat in new[] { with, again })
            {
                mat.Width.ShouldBe(without.Width, what);
                mat.Height.ShouldBe(without.Height, what);
                mat.ReadLatency.ShouldBe(without.ReadLatency, what);
                mat.WriteLatency.ShouldBe(without.WriteLatency, what);
                mat.ReadEnergy.ShouldBe(without.ReadEnergy, what);
                mat.WriteEnergy.ShouldBe(without.WriteEnergy, what);
                mat.Leakage.ShouldBe(without.Leakage, what);
            }

            compared++;
        }

        compared.ShouldBeGreaterThan(40, "valid mats compared (72 tried)");
    }
}
