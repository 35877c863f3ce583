using System;
using System.Collections.Generic;

namespace DeepNvm.Model.Cache;

/// <summary>What a routed mat grid fixes for the subarrays of its mats: the route's address bits, data bits per mat, ways in a
/// mat and the mux degrees the route adds, the active mats (per row × per column) and a tag's active subarrays. Everything
/// a grid's groups read but its H-tree and its number of mats, so grids that agree on it (many do: an STT 128 MB read-EDP
/// data search visits more than five grids per family, GroupFamiliesTests) have the same subarray arrangements, mux degrees,
/// shapes and shape floors.</summary>
internal readonly struct GroupFamilyKey : IEquatable<GroupFamilyKey>
{
    // Compared and hashed field by field in plain code: a record struct's generated members go through a comparer per
    // field, a cost the search paid once per grid.
    private readonly int _address;
    private readonly long _matBlockSize;
    private readonly int _numWay;
    private readonly int _extraSense;
    private readonly int _extraLev1;
    private readonly int _extraLev2;
    private readonly int _activeMats;
    private readonly int _subActive;

    public GroupFamilyKey(int address, long matBlockSize, int numWay, int extraSense, int extraLev1, int extraLev2, int activeMats, int subActive)
    {
        _address = address;
        _matBlockSize = matBlockSize;
        _numWay = numWay;
        _extraSense = extraSense;
        _extraLev1 = extraLev1;
        _extraLev2 = extraLev2;
        _activeMats = activeMats;
        _subActive = subActive;
    }

    public bool Equals(GroupFamilyKey other) =>
        _address == other._address && _matBlockSize == other._matBlockSize && _numWay == other._numWay && _extraSense == other._extraSense
        && _extraLev1 == other._extraLev1 && _extraLev2 == other._extraLev2 && _activeMats == other._activeMats && _subActive == other._subActive;

    public override bool Equals(object? obj) => obj is GroupFamilyKey other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var h = (ulong)_matBlockSize;
            h = (h * 31) + (ulong)_address;
            h = (h * 31) + (ulong)_numWay;
            h = (h * 31) + (ulong)_extraSense;
            h = (h * 31) + (ulong)_extraLev1;
            h = (h * 31) + (ulong)_extraLev2;
            h = (h * 31) + (ulong)_activeMats;
            h = (h * 31) + (ulong)_subActive;
            return (int)((h * 0x9E3779B97F4A7C15UL) >> 32);
        }
    }
}

/// <summary>One group of a family: a subarray arrangement and a total mux degree 2^K, its subarray shape, and that shape's
/// floor (<see cref="SearchBounds.ShapeFloor"/>).</summary>
internal struct FamilyGroup
{
    public ArrangementShape Arrangement;
    public int K;
    public int Rows;
    public long Columns;
    public long Selected;
    public ShapeFloor Floor;
}

/// <summary>
/// Each family's groups in the order the search visits them, with their shape floors, kept for one search. A group's bound
/// in a grid is its shape floor with the grid's H-tree and mats (<see cref="SearchBounds.GridBound"/>), a few operations, so
/// the floors (the row decoder, precharger and sense amplifier of each shape) are computed once per family rather than once
/// per grid. Kept in the workspace: nothing is allocated once the arrays have grown to a search's size.
/// The floors' figures are also kept column by column (<see cref="FloorWidth"/> …), so that a grid bounds a family's groups
/// several at a time (<see cref="SearchBounds.GridBounds"/>): one family's groups are bounded in thousands of grids.
/// </summary>
internal sealed class GroupFamilies
{
    private const int InitialCapacity = 1024;
    private readonly Dictionary<GroupFamilyKey, FamilySpan> _index = new();
    private FamilyGroup[] _groups = new FamilyGroup[InitialCapacity];
    private int _count;

    /// <summary>Each group's <see cref="ShapeFloor.Width"/>, in the groups' order.</summary>
    public double[] FloorWidth { get; private set; } = new double[InitialCapacity];

    /// <summary>Each group's <see cref="ShapeFloor.Height"/>.</summary>
    public double[] FloorHeight { get; private set; } = new double[InitialCapacity];

    /// <summary>Each group's <see cref="ShapeFloor.Latency"/>.</summary>
    public double[] FloorLatency { get; private set; } = new double[InitialCapacity];

    /// <summary>Each group's <see cref="ShapeFloor.Energy"/>.</summary>
    public double[] FloorEnergy { get; private set; } = new double[InitialCapacity];

    /// <summary>Each group's <see cref="ShapeFloor.ActiveSubs"/>, as a double (what the energy bound multiplies by).</summary>
    public double[] FloorActiveSubs { get; private set; } = new double[InitialCapacity];

    /// <summary>Room for one family's bounds in one grid (<see cref="SearchBounds.GridBounds"/>): as long as the groups.</summary>
    public double[] Bounds { get; private set; } = new double[InitialCapacity];

    /// <summary>False: every grid builds its own family, as if no two grids shared one (what the tests compare the sharing with).</summary>
    public bool ShareAcrossGrids { get; set; } = true;

    /// <summary>Families built in this search.</summary>
    public int FamilyCount => _index.Count;

    /// <summary>Grids that asked for their family in this search.</summary>
    public int GridsVisited { get; private set; }

    /// <summary>Groups held, over all families.</summary>
    public int Count => _count;

    public ref readonly FamilyGroup this[int i] => ref _groups[i];

    /// <summary>Forget every family (a new search: new cell, node or target).</summary>
    public void Clear()
    {
        _index.Clear();
        _count = 0;
        GridsVisited = 0;
    }

    /// <summary>Where the family's groups and its front lie, if it was built.</summary>
    public bool TryGet(in GroupFamilyKey key, out FamilySpan span)
    {
        span = default;
        GridsVisited++;
        return ShareAcrossGrids && _index.TryGetValue(key, out span);
    }

    /// <summary>The slot the next group is built in (<see cref="Commit"/> appends it), so that a group is written once.</summary>
    public ref FamilyGroup Next()
    {
        if (_count == _groups.Length)
        {
            Grow();
        }

        return ref _groups[_count];
    }

    /// <summary>Appends the group built in <see cref="Next"/>'s slot to the family being built.</summary>
    public void Commit()
    {
        ref readonly var floor = ref _groups[_count].Floor;
        FloorWidth[_count] = floor.Width;
        FloorHeight[_count] = floor.Height;
        FloorLatency[_count] = floor.Latency;
        FloorEnergy[_count] = floor.Energy;
        FloorActiveSubs[_count] = floor.ActiveSubs;
        _count++;
    }

    private void Grow()
    {
        var length = _groups.Length * 2;
        Array.Resize(ref _groups, length);
        FloorWidth = Resized(FloorWidth, length);
        FloorHeight = Resized(FloorHeight, length);
        FloorLatency = Resized(FloorLatency, length);
        FloorEnergy = Resized(FloorEnergy, length);
        FloorActiveSubs = Resized(FloorActiveSubs, length);
        Bounds = new double[length];
    }

    private static double[] Resized(double[] column, int length)
    {
        Array.Resize(ref column, length);
        return column;
    }

    /// <summary>Closes the family being built: its groups are those added since <paramref name="start"/>.</summary>
    public FamilySpan Close(in GroupFamilyKey key, int start)
    {
        var span = new FamilySpan(start, _count - start);
        _index[key] = span;
        return span;
    }
}

/// <summary>Where one family's groups lie in <see cref="GroupFamilies"/>.</summary>
internal readonly record struct FamilySpan(int Start, int Count);
