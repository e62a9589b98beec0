// Compile-check stub of NinjaTrader.Gui, .Chart and .Tools. Not for NinjaTrader.
using System.Windows.Media;

namespace NinjaTrader.Gui
{
    public enum DashStyleHelper { Dash, DashDot, DashDotDot, Dot, Solid }
    public enum PlotStyle { Bar, Block, Cross, Dot, Hash, HLine, Line, PriceBox, Square, TriangleDown, TriangleLeft, TriangleRight, TriangleUp }

    public class Stroke
    {
        public Stroke(Brush brush) { }
        public Stroke(Brush brush, float width) { }
        public Stroke(Brush brush, DashStyleHelper dashStyleHelper, float width) { }
        public Brush Brush { get; set; }
        public float Width { get; set; }
    }

    public class Plot
    {
        public Brush Brush { get; set; }
        public float Width { get; set; }
        public string Name { get; set; }
    }

    public static class Serialize
    {
        public static string BrushToString(Brush brush) { return null; }
        public static Brush StringToBrush(string brushString) { return null; }
    }
}

namespace NinjaTrader.Gui.Chart
{
    public enum ScaleJustification { Left, Right, Overlay }
    public class ChartControl { }
    public class ChartScale { }
}

namespace NinjaTrader.Gui.Tools
{
    public class SimpleFont
    {
        public SimpleFont() { }
        public SimpleFont(string familyName, double size) { }
        public string Family { get; set; }
        public double Size { get; set; }
        public bool Bold { get; set; }
        public bool Italic { get; set; }
    }
}
