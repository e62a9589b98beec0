// Compile-check stub of NinjaTrader.NinjaScript (base classes, series, states), NinjaTrader.Data,
// .DrawingTools, .Indicators and .Strategies. Not for NinjaTrader.
using System;
using System.Windows;
using System.Windows.Media;
using NinjaTrader.Cbi;
using NinjaTrader.Gui;
using NinjaTrader.Gui.Chart;
using NinjaTrader.Gui.Tools;

namespace NinjaTrader.Data
{
    public class Bars
    {
        public int Count { get { return 0; } }
        public Instrument Instrument { get { return null; } }
    }

    public class MarketDataEventArgs : EventArgs
    {
        public double Price { get { return 0; } }
        public long Volume { get { return 0; } }
        public DateTime Time { get { return DateTime.MinValue; } }
    }
}

namespace NinjaTrader.NinjaScript
{
    public enum State { SetDefaults, Configure, Active, DataLoaded, Historical, Transition, Realtime, Terminated }
    public enum Calculate { OnBarClose, OnEachTick, OnPriceChange }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class NinjaScriptPropertyAttribute : Attribute { }

    public interface ISeries<T>
    {
        T this[int barsAgo] { get; }
        int Count { get; }
        T GetValueAt(int barIndex);
        bool IsValidDataPoint(int barsAgo);
    }

    public class Series<T> : ISeries<T>
    {
        public T this[int barsAgo] { get { return default(T); } set { } }
        public int Count { get { return 0; } }
        public T GetValueAt(int barIndex) { return default(T); }
        public bool IsValidDataPoint(int barsAgo) { return false; }
        public void Reset() { }
    }

    public class PriceSeries : ISeries<double>
    {
        public double this[int barsAgo] { get { return 0; } }
        public int Count { get { return 0; } }
        public double GetValueAt(int barIndex) { return 0; }
        public bool IsValidDataPoint(int barsAgo) { return false; }
    }

    public class VolumeSeries : ISeries<double>
    {
        public double this[int barsAgo] { get { return 0; } }
        public int Count { get { return 0; } }
        public double GetValueAt(int barIndex) { return 0; }
        public bool IsValidDataPoint(int barsAgo) { return false; }
    }

    public class TimeSeries : ISeries<DateTime>
    {
        public DateTime this[int barsAgo] { get { return DateTime.MinValue; } }
        public int Count { get { return 0; } }
        public DateTime GetValueAt(int barIndex) { return DateTime.MinValue; }
        public bool IsValidDataPoint(int barsAgo) { return false; }
    }

    /// <summary>Members shared by indicators and strategies.</summary>
    public abstract class NinjaScriptBase
    {
        public State State { get { return State.SetDefaults; } }
        public string Name { get; set; }
        public string Description { get; set; }
        public Calculate Calculate { get; set; }
        public bool IsOverlay { get; set; }
        public bool DisplayInDataBox { get; set; }
        public bool DrawOnPricePanel { get; set; }
        public bool PaintPriceMarkers { get; set; }
        public ScaleJustification ScaleJustification { get; set; }
        public bool IsSuspendedWhileInactive { get; set; }
        public int BarsRequiredToPlot { get; set; }

        public int CurrentBar { get { return 0; } }
        public int Count { get { return 0; } }
        public double TickSize { get { return 0; } }
        public Instrument Instrument { get { return null; } }
        public NinjaTrader.Data.Bars Bars { get { return null; } }
        public bool IsFirstTickOfBar { get { return false; } }

        public PriceSeries Open { get { return null; } }
        public PriceSeries High { get { return null; } }
        public PriceSeries Low { get { return null; } }
        public PriceSeries Close { get { return null; } }
        public PriceSeries Median { get { return null; } }
        public VolumeSeries Volume { get { return null; } }
        public TimeSeries Time { get { return null; } }

        public Series<double>[] Values { get { return null; } }
        public Plot[] Plots { get { return null; } }
        public Brush BarBrush { get; set; }
        public Brush CandleOutlineBrush { get; set; }
        public Brush BackBrush { get; set; }

        public void AddPlot(Brush brush, string name) { }
        public void AddPlot(Stroke stroke, PlotStyle plotStyle, string name) { }
        public void Print(object value) { }
        public void RemoveDrawObject(string tag) { }

        protected virtual void OnStateChange() { }
        protected virtual void OnBarUpdate() { }
        protected virtual void OnMarketData(NinjaTrader.Data.MarketDataEventArgs marketDataUpdate) { }
        protected virtual void OnRender(ChartControl chartControl, ChartScale chartScale) { }
    }
}

namespace NinjaTrader.NinjaScript.DrawingTools
{
    public enum TextPosition { BottomLeft, BottomRight, Center, TopLeft, TopRight }

    public abstract class DrawingTool { public string Tag { get; set; } }
    public class ArrowUp : DrawingTool { }
    public class ArrowDown : DrawingTool { }
    public class Text : DrawingTool { }
    public class TextFixed : DrawingTool { }

    public static class Draw
    {
        public static ArrowUp ArrowUp(NinjaScriptBase owner, string tag, bool isAutoScale, int barsAgo, double y, Brush brush) { return null; }
        public static ArrowDown ArrowDown(NinjaScriptBase owner, string tag, bool isAutoScale, int barsAgo, double y, Brush brush) { return null; }
        public static Text Text(NinjaScriptBase owner, string tag, string text, int barsAgo, double y, Brush textBrush) { return null; }
        public static Text Text(NinjaScriptBase owner, string tag, bool isAutoScale, string text, int barsAgo, double y, int yPixelOffset,
            Brush textBrush, SimpleFont font, TextAlignment alignment, Brush outlineBrush, Brush areaBrush, int areaOpacity) { return null; }
        public static TextFixed TextFixed(NinjaScriptBase owner, string tag, string text, TextPosition textPosition) { return null; }
        public static TextFixed TextFixed(NinjaScriptBase owner, string tag, string text, TextPosition textPosition, Brush textBrush,
            SimpleFont font, Brush outlineBrush, Brush areaBrush, int areaOpacity) { return null; }
    }
}

namespace NinjaTrader.NinjaScript.Indicators
{
    /// <summary>Base of every indicator; an indicator is itself a series of its first plot.</summary>
    public class Indicator : NinjaScriptBase, ISeries<double>
    {
        public Series<double> Value { get { return null; } }
        public double this[int barsAgo] { get { return 0; } }
        int ISeries<double>.Count { get { return 0; } }
        public double GetValueAt(int barIndex) { return 0; }
        public bool IsValidDataPoint(int barsAgo) { return false; }

        // The factory methods NinjaTrader generates for its built-in indicators (only those used).
        public EMA EMA(int period) { return null; }
        public EMA EMA(ISeries<double> input, int period) { return null; }
        public SMA SMA(int period) { return null; }
        public SMA SMA(ISeries<double> input, int period) { return null; }
        public MAX MAX(int period) { return null; }
        public MAX MAX(ISeries<double> input, int period) { return null; }
        public MIN MIN(int period) { return null; }
        public MIN MIN(ISeries<double> input, int period) { return null; }
        public Bollinger Bollinger(double numStdDev, int period) { return null; }
        public Bollinger Bollinger(ISeries<double> input, double numStdDev, int period) { return null; }
    }

    public class EMA : Indicator { }
    public class SMA : Indicator { }
    public class MAX : Indicator { }
    public class MIN : Indicator { }

    public class Bollinger : Indicator
    {
        public Series<double> Upper { get { return null; } }
        public Series<double> Middle { get { return null; } }
        public Series<double> Lower { get { return null; } }
    }
}

namespace NinjaTrader.NinjaScript.Strategies
{
    public class Strategy : NinjaScriptBase
    {
        public Account Account { get { return null; } }
        public Position Position { get { return null; } }
        public Position[] Positions { get { return null; } }
        public bool IsUnmanaged { get; set; }
        public bool IsExitOnSessionCloseStrategy { get; set; }
        public int BarsRequiredToTrade { get; set; }
        public bool TraceOrders { get; set; }

        public Order SubmitOrderUnmanaged(int selectedBarsInProgress, OrderAction orderAction, OrderType orderType, int quantity,
            double limitPrice, double stopPrice, string oco, string signalName) { return null; }

        protected virtual void OnPositionUpdate(Position position, double averagePrice, int quantity, MarketPosition marketPosition) { }
        protected virtual void OnOrderUpdate(Order order, double limitPrice, double stopPrice, int quantity, int filled,
            double averageFillPrice, OrderState orderState, DateTime time, ErrorCode error, string comment) { }
        protected virtual void OnExecutionUpdate(Execution execution, string executionId, double price, int quantity,
            MarketPosition marketPosition, string orderId, DateTime time) { }
    }
}
