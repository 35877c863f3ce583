using System;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Banks;

/// <summary>One subarray: the cell array with its row decoder, precharger, bitline and output muxes,
/// sense amplifiers and mux decoders. Wordline/bitline RC from the local wire and the access devices;
/// bitline delay by Horowitz (SRAM, voltage sensing) or the ICCAD'09 current-sensing model (MTJ).</summary>
internal struct SubArray
{
    /// <summary>Narrowest bitline pass gate (and the mux decoders' load per column): the minimum NMOS, or wide enough for
    /// a resistive cell's write current. The search bounds use the same figure.</summary>
    public static double MinBitlineMuxWidth(ArrayContext c) =>
        Math.Max(Gate.MinNmosSize * c.Tech.FeatureSize, (c.Cell.IsResistive ? c.Cell.WriteCurrent : 0) / c.Tech.IonN);

    public bool Invalid;
    public int NumRow;
    public int NumColumn;
    public double Height;
    public double Width;
    public double ReadLatency;
    public double WriteLatency;
    public double ColumnDecoderLatency;
    public double ReadEnergy;
    public double WriteEnergy;
    public double Leakage;

    /// <summary>The wordline's and bitline's length and load in a subarray of <paramref name="numRow"/> × <paramref name="numColumn"/> cells:
    /// the wires with the access devices on them (an SRAM cell gates two). The row decoder and precharger are sized from these, and
    /// the search bounds size the same circuits from the same figures (SearchBounds' shape periphery).</summary>
    public static void Lines(ArrayContext c, int numRow, long numColumn, out double lenWordline, out double capWordline, out double resWordline,
        out double lenBitline, out double capBitline, out double resBitline)
    {
        var tech = c.Tech;
        var cell = c.Cell;
        var f = tech.FeatureSize;
        lenWordline = numColumn * cell.WidthF * f;
        lenBitline = numRow * cell.HeightF * f;
        capWordline = lenWordline * c.LocalWire.CapPerMeter;
        resWordline = lenWordline * c.LocalWire.ResPerMeter;
        capBitline = lenBitline * c.LocalWire.CapPerMeter;
        resBitline = lenBitline * c.LocalWire.ResPerMeter;
        capWordline += (cell.IsSram ? 2 * Gate.GateCap(cell.AccessWidth, tech) : Gate.GateCap(cell.AccessWidth, tech)) * numColumn;
        capBitline += Gate.DrainCap(cell.AccessWidth, true, cell.WidthF * f, tech) * numRow / 2;
    }

    /// <summary>Build, lay out and evaluate a subarray. <paramref name="rampInput"/> is the predecoders' output ramp;
    /// pass <see cref="Layout"/>'s result first (the mat needs the size before it can size the predecoders).</summary>
    public static SubArray Layout(ArrayContext c, int numRow, int numColumn, int muxSenseAmp, int muxLev1, int muxLev2,
        out SubArrayParts parts)
    {
        var tech = c.Tech;
        var cell = c.Cell;
        var f = tech.FeatureSize;
        var s = new SubArray { NumRow = numRow, NumColumn = numColumn };
        parts = default;
        if (c.AccessMode != CacheAccessMode.Sequential && numColumn < c.Associativity)
        {
            s.Invalid = true;
            return s;
        }

        double maxBitlineCurrent = 0;
        if (cell.IsResistive)
        {
            if (tech.IonN / tech.IoffN < numRow)
            {
                // Unselected cells' access transistors leak onto the bitline more than one cell drives.
                s.Invalid = true;
                return s;
            }

            maxBitlineCurrent = cell.WriteCurrent;
        }

        var minBitlineMuxWidth = MinBitlineMuxWidth(c);
        if (minBitlineMuxWidth > c.MaxNmosSize)
        {
            s.Invalid = true;
            return s;
        }

        var senseVoltage = cell.MinSenseVoltage;
        Lines(c, numRow, numColumn, out var lenWordline, out var capWordline, out var resWordline, out var lenBitline, out var capBitline,
            out var resBitline);
        var capMuxLoad = Gate.GateCap(minBitlineMuxWidth, tech) * numColumn + lenWordline * c.LocalWire.CapPerMeter;
        var resMuxLoad = resWordline;

        var accessWidth = cell.AccessWidth;
        var resCellAccess = Gate.OnResistance(accessWidth, true, tech);
        var capCellAccess = Gate.DrainCap(accessWidth, true, cell.WidthF * f, tech);
        double voltagePrecharge = 0, resMemCellOn = 0, resMemCellOff = 0, voltageOn = 0, voltageOff = 0, resEqOn = 0, resEqOff = 0;
        if (cell.IsSram)
        {
            voltagePrecharge = tech.Vdd / 2;
        }
        else
        {
            resMemCellOff = resCellAccess + cell.ResistanceOff;
            resMemCellOn = resCellAccess + cell.ResistanceOn;
            if (cell.VoltageSense)
            {
                if (cell.ReadVoltage == 0)
                {
                    voltageOff = cell.ReadCurrent * resMemCellOff;
                    voltageOn = cell.ReadCurrent * resMemCellOn;
                }
                else
                {
                    var resSerial = Math.Sqrt(resMemCellOn * resMemCellOff);
                    resEqOn = resMemCellOn * resSerial / (resMemCellOn + resSerial);
                    resEqOff = resMemCellOff * resSerial / (resMemCellOff + resSerial);
                    voltageOff = cell.ReadVoltage * resMemCellOff / (resMemCellOff + resSerial);
                    voltageOn = cell.ReadVoltage * resMemCellOn / (resMemCellOn + resSerial);
                }

                voltagePrecharge = Math.Min(tech.Vdd, (voltageOff + voltageOn) / 2);
                if (voltagePrecharge - voltageOn <= senseVoltage)
                {
                    s.Invalid = true;
                    return s;
                }
            }
        }

        parts = new SubArrayParts
        {
            LenWordline = lenWordline,
            CapBitline = capBitline,
            ResBitline = resBitline,
            ResCellAccess = resCellAccess,
            CapCellAccess = capCellAccess,
            VoltagePrecharge = voltagePrecharge,
            ResMemCellOn = resMemCellOn,
            ResMemCellOff = resMemCellOff,
            VoltageOn = voltageOn,
            VoltageOff = voltageOff,
            ResEquivalentOn = resEqOn,
            ResEquivalentOff = resEqOff,
            SenseVoltage = senseVoltage,
            MuxSenseAmp = muxSenseAmp,
            MuxLev1 = muxLev1,
            MuxLev2 = muxLev2,
        };

        parts.Precharger = Precharger.Create(c, tech.Vdd, numColumn, capBitline, resBitline);
        parts.RowDecoder = RowDecoder.Create(c, numRow, capWordline, resWordline, false, 0, c.BufferDesign);
        if (parts.RowDecoder.Invalid)
        {
            s.Invalid = true;
            return s;
        }

        parts.BitlineMuxDecoder = RowDecoder.Create(c, muxSenseAmp, capMuxLoad, resMuxLoad, false, 0, c.BufferDesign);
        parts.Lev1Decoder = RowDecoder.Create(c, muxLev1, capMuxLoad, resMuxLoad, false, 0, c.BufferDesign);
        parts.Lev2Decoder = RowDecoder.Create(c, muxLev2, capMuxLoad, resMuxLoad, false, 0, c.BufferDesign);
        if (parts.BitlineMuxDecoder.Invalid || parts.Lev1Decoder.Invalid || parts.Lev2Decoder.Invalid)
        {
            s.Invalid = true;
            return s;
        }

        parts.Lev2 = Mux.Create(c, muxLev2, numColumn / muxSenseAmp / muxLev1 / muxLev2, 0, 0, maxBitlineCurrent);
        parts.Lev1 = Mux.Create(c, muxLev1, numColumn / muxSenseAmp / muxLev1, parts.Lev2.CapForPreviousDelay, parts.Lev2.CapForPreviousPower, maxBitlineCurrent);
        parts.SenseAmp = SenseAmp.Create(c, numColumn / muxSenseAmp, !cell.IsSram && !cell.VoltageSense, senseVoltage, lenWordline / numColumn * muxSenseAmp);
        if (parts.SenseAmp.Invalid)
        {
            s.Invalid = true;
            return s;
        }

        parts.BitlineMux = Mux.Create(c, muxSenseAmp, numColumn / muxSenseAmp, parts.SenseAmp.CapLoad, parts.SenseAmp.CapLoad, maxBitlineCurrent);

        // Area: decoders beside the array, precharge/mux/sense amplifiers below it.
        double addWidth, addHeight;
        s.Width = lenWordline;
        s.Height = lenBitline;
        parts.RowDecoder.Area(tech, out var hRow, out var wRow);
        addWidth = hRow > s.Height ? hRow * wRow / s.Height : wRow;
        parts.Precharger.Area(tech, out var hPre, out var wPre);
        addHeight = wPre > s.Width ? hPre * wPre / wPre : hPre;
        addHeight += parts.BitlineMux.Height(tech);
        addHeight += parts.SenseAmp.Height(tech);
        addHeight += parts.Lev1.Height(tech);
        addHeight += parts.Lev2.Height(tech);
        parts.BitlineMuxDecoder.Area(tech, out _, out var w1);
        parts.Lev1Decoder.Area(tech, out _, out var w2);
        parts.Lev2Decoder.Area(tech, out _, out var w3);
        addWidth = Math.Max(addWidth, Math.Max(w1, Math.Max(w2, w3)));
        s.Width += addWidth;
        s.Height += addHeight;
        return s;
    }

    /// <summary>Latency, energy and leakage, given the ramp of the predecoders that drive this subarray.</summary>
    public void Evaluate(ArrayContext c, ref SubArrayParts parts, double rampInput)
    {
        var tech = c.Tech;
        var cell = c.Cell;
        var vdd = tech.Vdd;
        parts.Precharger.Evaluate(tech, rampInput, out var prechargeEnergy, out var prechargeLeakage);
        var rowLatency = parts.RowDecoder.Evaluate(tech, rampInput, out var rowRamp, out var rowEnergy, out var rowLeakage);
        var m0 = parts.BitlineMuxDecoder.Evaluate(tech, rampInput, out _, out var m0Energy, out var m0Leakage);
        var m1 = parts.Lev1Decoder.Evaluate(tech, rampInput, out _, out var m1Energy, out var m1Leakage);
        var m2 = parts.Lev2Decoder.Evaluate(tech, rampInput, out _, out var m2Energy, out var m2Leakage);
        ColumnDecoderLatency = Math.Max(Math.Max(m0, m1), m2);
        var decoderLatency = Math.Max(rowLatency, ColumnDecoderLatency);

        var capPass = parts.BitlineMux.CapNmosPass + parts.Lev1.CapNmosPass + parts.Lev2.CapNmosPass;
        var resPass = parts.BitlineMux.ResNmosPass + parts.Lev1.ResNmosPass + parts.Lev2.ResNmosPass;
        var chargeLatency = Gate.Horowitz(resPass * (capPass + parts.CapBitline) + parts.ResBitline * parts.CapBitline / 2, 0, 1e20);

        var capBitline = parts.CapBitline;
        var resBitline = parts.ResBitline;
        var capMuxDelay = parts.BitlineMux.CapForPreviousDelay;
        double bitlineDelay;
        if (cell.IsSram)
        {
            var resPullDown = Gate.OnResistance(cell.SramNmosWidth, true, tech);
            var tau = (parts.ResCellAccess + resPullDown) * (parts.CapCellAccess + capBitline + capMuxDelay)
                + resBitline * (capMuxDelay + capBitline / 2);
            tau *= Math.Log(parts.VoltagePrecharge / (parts.VoltagePrecharge - parts.SenseVoltage / 2));
            var beta = 1 / (resPullDown * Gate.Transconductance(cell.AccessWidth, true, tech));
            bitlineDelay = Gate.Horowitz(tau, beta, rowRamp);
        }
        else if (!cell.VoltageSense)
        {
            var tau = resBitline * capBitline / 2 * (parts.ResMemCellOff + resBitline / 3) / (parts.ResMemCellOff + resBitline);
            bitlineDelay = Gate.Horowitz(tau, 0, rowRamp);
        }
        else
        {
            var rOn = cell.ReadVoltage == 0 ? parts.ResMemCellOn : parts.ResEquivalentOn;
            var rOff = cell.ReadVoltage == 0 ? parts.ResMemCellOff : parts.ResEquivalentOff;
            var tauOn = rOn * (parts.CapCellAccess + capBitline + capMuxDelay) + resBitline * (capMuxDelay + capBitline / 2);
            var on = tauOn * Math.Log((parts.VoltagePrecharge - parts.VoltageOn) / (parts.VoltagePrecharge - parts.VoltageOn - parts.SenseVoltage));
            var tauOff = rOff * (parts.CapCellAccess + capBitline + capMuxDelay) + resBitline * (capMuxDelay + capBitline / 2);
            var offRatio = (parts.VoltageOff - parts.VoltagePrecharge) / (parts.VoltageOff - parts.VoltagePrecharge - parts.SenseVoltage);
            var off = offRatio > 0 ? tauOff * Math.Log(offRatio) : on;
            bitlineDelay = Math.Max(on, off);
        }

        var bitlineMuxLatency = parts.BitlineMux.Evaluate(tech, out var bitlineMuxEnergy);
        var senseLatency = parts.SenseAmp.Evaluate(tech, out var senseEnergy, out var senseLeakage);
        var lev1Latency = parts.Lev1.Evaluate(tech, out var lev1Energy);
        var lev2Latency = parts.Lev2.Evaluate(tech, out var lev2Energy);
        ReadLatency = decoderLatency + bitlineDelay + bitlineMuxLatency + senseLatency + lev1Latency + lev2Latency;

        var selected = (double)NumColumn / parts.MuxSenseAmp / parts.MuxLev1 / parts.MuxLev2;
        var capBitlineTotal = parts.CapCellAccess + capBitline + parts.BitlineMux.CapForPreviousPower;
        double cellReadEnergy = 0;
        if (cell.IsSram)
        {
            WriteLatency = ReadLatency;
            ReadEnergy = capBitlineTotal * parts.VoltagePrecharge * parts.VoltagePrecharge * NumColumn;
            WriteEnergy = capBitlineTotal * parts.VoltagePrecharge * parts.VoltagePrecharge * selected;
            Leakage = (Gate.Leakage(GateType.Inv, 1, cell.SramNmosWidth, cell.SramPmosWidth, tech) * vdd * 2
                + Gate.Leakage(GateType.Inv, 1, cell.AccessWidth, 0, tech) * vdd) * NumRow * NumColumn;
        }
        else
        {
            WriteLatency = Math.Max(rowLatency, ColumnDecoderLatency + chargeLatency) + cell.WritePulse;
            if (!cell.VoltageSense)
            {
                var resMux = parts.BitlineMux.ResNmosPass;
                var vMin = cell.ReadVoltage * resMux / (resMux + resBitline + parts.ResMemCellOn);
                var vMax = cell.ReadVoltage * (resMux + resBitline) / (resMux + resBitline + parts.ResMemCellOn);
                ReadEnergy = (parts.CapCellAccess * vMax * vMax + parts.BitlineMux.CapForPreviousPower * vMin * vMin
                    + capBitline * (vMax * vMax + vMin * vMin + vMax * vMin) / 3) * NumColumn;
            }
            else
            {
                ReadEnergy = capBitlineTotal * (parts.VoltagePrecharge * parts.VoltagePrecharge - parts.VoltageOn * parts.VoltageOn) * NumColumn;
            }

            var readPower = cell.ReadPower > 0 ? cell.ReadPower : ReadPowerOf(cell, vdd);
            cellReadEnergy = 2 * readPower * senseLatency * selected;
            var writeVoltage = cell.WriteVoltageMode ? cell.WriteVoltage : vdd;
            var perBit = cell.WriteEnergy + capBitlineTotal * writeVoltage * writeVoltage;
            WriteEnergy = perBit * selected;
            Leakage = 0;
        }

        if (c.AccessMode != CacheAccessMode.Sequential)
        {
            // NVSim's bookkeeping: in Normal/Fast mode the cell write energy is shared by the ways of a row.
            WriteEnergy /= c.Associativity;
        }

        ReadEnergy += cellReadEnergy + rowEnergy + m0Energy + m1Energy + m2Energy + prechargeEnergy + bitlineMuxEnergy
            + senseEnergy + lev1Energy + lev2Energy;
        WriteEnergy += rowEnergy + m0Energy + m1Energy + m2Energy + bitlineMuxEnergy + lev1Energy + lev2Energy;
        Leakage += rowLeakage + m0Leakage + m1Leakage + m2Leakage + prechargeLeakage + senseLeakage;
    }

    private static double ReadPowerOf(CellModel cell, double vdd)
    {
        if (!cell.VoltageSense)
        {
            return vdd * (cell.ReadVoltage - cell.AccessVoltageDrop) / cell.ResistanceOn;
        }

        if (cell.ReadVoltage == 0)
        {
            return vdd * cell.ReadCurrent;
        }

        var resSerial = Math.Sqrt(cell.ResistanceOn * cell.ResistanceOff);
        return vdd * (cell.ReadVoltage - cell.AccessVoltageDrop) / (cell.ResistanceOn + resSerial);
    }
}

/// <summary>The circuits of a subarray, kept between layout and evaluation.</summary>
internal struct SubArrayParts
{
    public double LenWordline;
    public double CapBitline;
    public double ResBitline;
    public double ResCellAccess;
    public double CapCellAccess;
    public double VoltagePrecharge;
    public double ResMemCellOn;
    public double ResMemCellOff;
    public double VoltageOn;
    public double VoltageOff;
    public double ResEquivalentOn;
    public double ResEquivalentOff;
    public double SenseVoltage;
    public int MuxSenseAmp;
    public int MuxLev1;
    public int MuxLev2;
    public Precharger Precharger;
    public RowDecoder RowDecoder;
    public RowDecoder BitlineMuxDecoder;
    public RowDecoder Lev1Decoder;
    public RowDecoder Lev2Decoder;
    public Mux BitlineMux;
    public Mux Lev1;
    public Mux Lev2;
    public SenseAmp SenseAmp;
}
