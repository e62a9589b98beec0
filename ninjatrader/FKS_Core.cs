// FKS_Core — the FKS analysis on the NinjaTrader 8 chart (TASK-401, TASK-403).
// C# 7.2 at most. Formulas: ninjatrader/FORMULAS.md (wave maths shared with the Java engine through
// Shared/WaveMath.cs; the chart's wave ratio matches the engine's within ±0.1× on the same bars).
#region Using declarations
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Windows;
using System.Windows.Media;
using System.Xml.Serialization;
using NinjaTrader.Cbi;
using NinjaTrader.Data;
using NinjaTrader.Gui;
using NinjaTrader.Gui.Chart;
using NinjaTrader.Gui.Tools;
using NinjaTrader.NinjaScript;
using NinjaTrader.NinjaScript.AddOns.FksCopilot;
using NinjaTrader.NinjaScript.DrawingTools;
#endregion

namespace NinjaTrader.NinjaScript.Indicators
{
    /// <summary>
    /// EMA(9), Bollinger(2,20), the FKS dynamic trend EMA, wave dominance (bull/bear wave ratio), adaptive
    /// support/resistance, AO(5,34) on the median price, a 0-100% signal quality, buy/sell arrows with a
    /// 5-minute cooldown, volume-coloured bars, candle outlines against the dynamic EMA, and the volume labels
    /// TP/BE, ADD and LOW VOL. Everything is drawn from OnBarUpdate (nothing is drawn in OnRender).
    /// </summary>
    public class FKS_Core : Indicator
    {
        private const string InfoTag = "FKS_Info";

        private EMA ema9;
        private Bollinger bollinger;
        private MAX resistance;
        private MIN support;
        private SMA aoFast;
        private SMA aoSlow;
        private SMA volumeAverage;

        private WaveTracker waves;
        private WaveStats stats;
        private int lastFedBar = -1;
        private double lastAo;
        private double previousAo;
        private int quality;
        private DateTime lastBuyArrow = DateTime.MinValue;
        private DateTime lastSellArrow = DateTime.MinValue;
        private readonly ErrorThrottle errors = new ErrorThrottle();
        private SimpleFont labelFont;
        private SimpleFont infoFont;

        protected override void OnStateChange()
        {
            try
            {
                if (State == State.SetDefaults)
                {
                    Description = "FKS Co-Pilot analysis: EMA9, Bollinger, dynamic EMA, wave dominance, S/R, AO, signal quality, volume labels.";
                    Name = "FKS_Core";
                    Calculate = Calculate.OnBarClose;
                    IsOverlay = true;
                    DisplayInDataBox = true;
                    DrawOnPricePanel = true;
                    PaintPriceMarkers = true;
                    ScaleJustification = ScaleJustification.Right;
                    IsSuspendedWhileInactive = true;
                    BarsRequiredToPlot = 20;

                    SR_Lookback = 20;
                    AO_Fast = 5;
                    AO_Slow = 34;
                    WaveLookback = 0;
                    MinWaveRatio = 1.5;
                    ShowLabels = true;
                    ColorBars = true;
                    LabelBrush = Brushes.White;

                    AddPlot(new Stroke(Brushes.Blue, 2), PlotStyle.Line, "EMA9");
                    AddPlot(Brushes.Red, "BBUpper");
                    AddPlot(Brushes.Magenta, "BBMiddle");
                    AddPlot(Brushes.LimeGreen, "BBLower");
                    AddPlot(new Stroke(Brushes.Gold, 2), PlotStyle.Line, "DynamicEMA");
                    AddPlot(new Stroke(Brushes.IndianRed, DashStyleHelper.Dash, 1), PlotStyle.Line, "Resistance");
                    AddPlot(new Stroke(Brushes.MediumSeaGreen, DashStyleHelper.Dash, 1), PlotStyle.Line, "Support");
                    AddPlot(new Stroke(Brushes.Gray, DashStyleHelper.Dot, 1), PlotStyle.Line, "SRMid");
                }
                else if (State == State.DataLoaded)
                {
                    ema9 = EMA(Close, 9);
                    bollinger = Bollinger(Close, 2, 20);
                    resistance = MAX(High, SR_Lookback);
                    support = MIN(Low, SR_Lookback);
                    aoFast = SMA(Median, AO_Fast);
                    aoSlow = SMA(Median, AO_Slow);
                    volumeAverage = SMA(Volume, 20);
                    labelFont = new SimpleFont("Arial", 10) { Bold = true };
                    infoFont = new SimpleFont("Consolas", 12);
                    ResetWaves();
                }
                else if (State == State.Terminated)
                {
                    waves = null; // may run on a UI-only instance that never loaded data: nothing else to free
                }
            }
            catch (Exception e)
            {
                Report("OnStateChange(" + State + ")", e);
            }
        }

        private void ResetWaves()
        {
            AssetParams parameters = AssetParams.ForAsset(Instrument != null && Instrument.MasterInstrument != null
                ? Instrument.MasterInstrument.Name
                : null);
            if (WaveLookback > 0)
                parameters = parameters.WithLookbackWaves(WaveLookback);
            waves = new WaveTracker(parameters);
            stats = WaveStats.Insufficient(0);
            lastFedBar = -1;
            lastBuyArrow = DateTime.MinValue;
            lastSellArrow = DateTime.MinValue;
        }

        protected override void OnBarUpdate()
        {
            try
            {
                if (Bars == null || Close == null || waves == null || CurrentBar < 0)
                    return;
                FeedWaves();
                if (CurrentBar < 1)
                    return;

                double close = Close[0];
                double dynamicEma = waves.DynamicEma;
                Values[0][0] = ema9[0];
                Values[1][0] = bollinger.Upper[0];
                Values[2][0] = bollinger.Middle[0];
                Values[3][0] = bollinger.Lower[0];
                if (!double.IsNaN(dynamicEma))
                    Values[4][0] = dynamicEma;
                double r = resistance[0];
                double s = support[0];
                double mid = (r + s) / 2.0;
                Values[5][0] = r;
                Values[6][0] = s;
                Values[7][0] = mid;

                lastAo = AoAt(0);
                previousAo = AoAt(1);
                quality = ChartSignals.Quality(stats.WaveRatio, MinWaveRatio, lastAo, previousAo, close, mid);

                ColourBar(close, dynamicEma);
                if (CurrentBar >= Math.Max(SR_Lookback, AO_Slow))
                    DrawArrows(close);
                if (ShowLabels && CurrentBar >= 20)
                    DrawVolumeLabel(close, dynamicEma);
                if (State == State.Realtime || CurrentBar >= Count - 2)
                    DrawInfoBox();
            }
            catch (Exception e)
            {
                Report("OnBarUpdate", e);
            }
        }

        /// <summary>
        /// Adds each closed bar's close to the wave tracker once, in order (the wave maths runs on closed bars,
        /// as the engine's does). With Calculate.OnBarClose the current bar is closed; otherwise the previous one.
        /// A recalculation from an earlier bar (reload, reconnect) starts the tracker again.
        /// </summary>
        private void FeedWaves()
        {
            int lastClosed = Calculate == Calculate.OnBarClose ? CurrentBar : CurrentBar - 1;
            if (lastClosed < lastFedBar)
                ResetWaves();
            if (lastClosed <= lastFedBar)
                return;
            while (lastFedBar < lastClosed)
            {
                lastFedBar++;
                waves.Add(Close.GetValueAt(lastFedBar));
            }
            stats = waves.Stats();
        }

        /// <summary>AO on the median price (hl2): SMA(AO_Fast) - SMA(AO_Slow); 0 until AO_Slow bars exist.</summary>
        private double AoAt(int barsAgo)
        {
            if (CurrentBar - barsAgo < AO_Slow - 1)
                return 0.0;
            return aoFast[barsAgo] - aoSlow[barsAgo];
        }

        /// <summary>Dry bars in a row ending with this one (volume below 0.5x its 20-bar average), counted up to 4.</summary>
        private int DryRun()
        {
            int run = 0;
            for (int k = 0; k <= 3 && k <= CurrentBar; k++)
            {
                if (!ChartSignals.IsDry(Volume[k], volumeAverage[k]))
                    break;
                run++;
            }
            return run;
        }

        private void ColourBar(double close, double dynamicEma)
        {
            if (!ColorBars)
                return;
            double average = volumeAverage[0];
            bool spike = average > 0 && Volume[0] > ChartSignals.SpikeMultiple * average;
            if (close > Close[1])
                BarBrush = spike ? Brushes.Lime : Brushes.Green;
            else
                BarBrush = spike ? Brushes.OrangeRed : Brushes.Red;
            if (!double.IsNaN(dynamicEma))
                CandleOutlineBrush = close > dynamicEma ? Brushes.Lime : Brushes.Red;
        }

        private void DrawArrows(double close)
        {
            double tolerance = 2 * TickSize;
            DateTime barTime = Time[0];
            if (ChartSignals.IsBuy(Low[0], support[1], tolerance, lastAo, previousAo, stats.WaveRatio, MinWaveRatio)
                && ChartSignals.CooledDown(lastBuyArrow, barTime))
            {
                lastBuyArrow = barTime;
                Draw.ArrowUp(this, "FKS_Buy_" + CurrentBar, false, 0, Low[0] - 2 * TickSize, Brushes.Lime);
                if (ShowLabels)
                    Draw.Text(this, "FKS_BuyQ_" + CurrentBar, false, "BUY " + quality + "%", 0, Low[0], -30,
                        Brushes.Lime, labelFont, TextAlignment.Center, Brushes.Transparent, Brushes.Transparent, 0);
            }
            if (ChartSignals.IsSell(High[0], resistance[1], tolerance, lastAo, previousAo, stats.WaveRatio, MinWaveRatio)
                && ChartSignals.CooledDown(lastSellArrow, barTime))
            {
                lastSellArrow = barTime;
                Draw.ArrowDown(this, "FKS_Sell_" + CurrentBar, false, 0, High[0] + 2 * TickSize, Brushes.Red);
                if (ShowLabels)
                    Draw.Text(this, "FKS_SellQ_" + CurrentBar, false, "SELL " + quality + "%", 0, High[0], 30,
                        Brushes.Red, labelFont, TextAlignment.Center, Brushes.Transparent, Brushes.Transparent, 0);
            }
        }

        private void DrawVolumeLabel(double close, double dynamicEma)
        {
            double average = volumeAverage[0];
            VolumeLabel label = ChartSignals.Classify(Volume[0], average, DryRun(), High[0], Low[0], close,
                bollinger.Upper[0], bollinger.Lower[0], double.IsNaN(dynamicEma) ? close : dynamicEma, lastAo);
            string text = ChartSignals.Text(label);
            if (text == null)
                return;
            // Above the bar for bullish context, below for bearish, offset in pixels so the label never sits on the candle.
            bool above = close >= (double.IsNaN(dynamicEma) ? close : dynamicEma);
            double y = above ? High[0] : Low[0];
            int offset = above ? 45 : -45;
            Brush brush = label == VolumeLabel.LowVolume ? Brushes.Gray
                : label == VolumeLabel.Add ? Brushes.DodgerBlue : Brushes.Orange;
            Draw.Text(this, "FKS_Vol_" + CurrentBar, false, text, 0, y, offset, brush, labelFont,
                TextAlignment.Center, Brushes.Transparent, Brushes.Transparent, 0);
        }

        private void DrawInfoBox()
        {
            string text = "FKS  " + (Instrument != null ? Instrument.FullName : "")
                + Environment.NewLine + "Wave ratio " + stats.WaveRatio.ToString("0.00", CultureInfo.InvariantCulture) + "x  " + stats.Bias
                + Environment.NewLine + "Quality    " + quality + "%"
                + Environment.NewLine + "AO         " + lastAo.ToString("0.00", CultureInfo.InvariantCulture)
                + Environment.NewLine + "Trend      " + stats.Strength + " (" + stats.CurrentRatio.ToString("0.00", CultureInfo.InvariantCulture) + ")";
            Draw.TextFixed(this, InfoTag, text, TextPosition.TopRight, LabelBrush, infoFont, Brushes.DimGray, Brushes.Black, 70);
        }

        private void Report(string where, Exception e)
        {
            string line = errors.Format(DateTime.UtcNow, "FKS_Core." + where, e);
            if (line != null)
                Print(line);
        }

        #region Properties
        [NinjaScriptProperty]
        [Range(2, int.MaxValue)]
        [Display(Name = "SR_Lookback", Description = "Bars for adaptive support/resistance (MAX high, MIN low)", Order = 1, GroupName = "Parameters")]
        public int SR_Lookback { get; set; }

        [NinjaScriptProperty]
        [Range(1, int.MaxValue)]
        [Display(Name = "AO_Fast", Description = "Fast SMA of the median price (hl2) for the Awesome Oscillator", Order = 2, GroupName = "Parameters")]
        public int AO_Fast { get; set; }

        [NinjaScriptProperty]
        [Range(2, int.MaxValue)]
        [Display(Name = "AO_Slow", Description = "Slow SMA of the median price (hl2) for the Awesome Oscillator", Order = 3, GroupName = "Parameters")]
        public int AO_Slow { get; set; }

        [NinjaScriptProperty]
        [Range(0, 10000)]
        [Display(Name = "WaveLookback", Description = "Recent waves per side in the statistics; 0 = the asset's FKS default (MGC 200, MES/MNQ 150...)", Order = 4, GroupName = "Parameters")]
        public int WaveLookback { get; set; }

        [NinjaScriptProperty]
        [Range(0.1, 100.0)]
        [Display(Name = "MinWaveRatio", Description = "Wave ratio threshold; arrows need more than 0.7 x this", Order = 5, GroupName = "Parameters")]
        public double MinWaveRatio { get; set; }

        [NinjaScriptProperty]
        [Display(Name = "ShowLabels", Description = "Quality labels on arrows and the TP/BE, ADD, LOW VOL volume labels", Order = 6, GroupName = "Parameters")]
        public bool ShowLabels { get; set; }

        [Display(Name = "Colour bars by volume", Order = 7, GroupName = "Visual")]
        public bool ColorBars { get; set; }

        [XmlIgnore]
        [Display(Name = "Info text colour", Order = 8, GroupName = "Visual")]
        public Brush LabelBrush { get; set; }

        [Browsable(false)]
        public string LabelBrushSerializable
        {
            get { return Serialize.BrushToString(LabelBrush); }
            set { LabelBrush = Serialize.StringToBrush(value); }
        }

        [Browsable(false)]
        [XmlIgnore]
        public Series<double> DynamicEma { get { return Values[4]; } }

        [Browsable(false)]
        [XmlIgnore]
        public Series<double> Resistance { get { return Values[5]; } }

        [Browsable(false)]
        [XmlIgnore]
        public Series<double> Support { get { return Values[6]; } }

        /// <summary>The wave analysis at the last closed bar (same numbers as the engine's).</summary>
        [Browsable(false)]
        [XmlIgnore]
        public WaveStats Waves { get { return stats; } }
        #endregion
    }
}
