// Compile-check stub of NinjaTrader.Cbi (accounts, positions, orders). Not for NinjaTrader.
using System;
using System.Collections.ObjectModel;

#pragma warning disable 67 // events declared for the surface, never raised in a stub
namespace NinjaTrader.Cbi
{
    public enum MarketPosition { Flat, Long, Short }
    public enum OrderAction { Buy, BuyToCover, Sell, SellShort }
    public enum OrderType { Limit, Market, MIT, StopLimit, StopMarket }
    public enum OrderState
    {
        Accepted, Cancelled, CancelPending, CancelSubmitted, ChangePending, ChangeSubmitted, Filled, Initialized,
        PartFilled, Rejected, Submitted, TriggerPending, Unknown, Working
    }
    public enum ErrorCode
    {
        NoError, LoginFailed, OrderRejected, UnableToCancelOrder, UnableToChangeOrder, UnableToSubmitOrder,
        UserAbort, Panic, NotConnected, ServerConnectionIsBroken
    }
    public enum PerformanceUnit { Currency, Percent, Pips, Points, Ticks }
    public enum Currency { AustralianDollar, BritishPound, CanadianDollar, Euro, JapaneseYen, SwissFranc, UsDollar, Unknown }
    public enum AccountItem
    {
        BuyingPower, CashValue, ExcessIntradayMargin, GrossRealizedProfitLoss, NetLiquidation, RealizedProfitLoss,
        TotalCashBalance, UnrealizedProfitLoss
    }

    public class MasterInstrument
    {
        public string Name { get { return null; } }
        public double PointValue { get { return 0; } }
        public double TickSize { get { return 0; } }
    }

    public class Instrument
    {
        public string FullName { get { return null; } }
        public MasterInstrument MasterInstrument { get { return null; } }
    }

    public class Position
    {
        public Account Account { get { return null; } }
        public Instrument Instrument { get { return null; } }
        public MarketPosition MarketPosition { get { return MarketPosition.Flat; } }
        public int Quantity { get { return 0; } }
        public double AveragePrice { get { return 0; } }
        public double GetUnrealizedProfitLoss(PerformanceUnit unit, double exitPrice = double.MinValue) { return 0; }
    }

    public class Order
    {
        public string Name { get { return null; } }
        public Instrument Instrument { get { return null; } }
        public OrderAction OrderAction { get { return OrderAction.Buy; } }
        public OrderState OrderState { get { return OrderState.Unknown; } }
        public int Quantity { get { return 0; } }
    }

    public class Execution
    {
        public Account Account { get { return null; } }
        public double Commission { get { return 0; } }
        public string ExecutionId { get { return null; } }
        public Instrument Instrument { get { return null; } }
        public MarketPosition MarketPosition { get { return MarketPosition.Flat; } }
        public Order Order { get { return null; } }
        public string OrderId { get { return null; } }
        public double Price { get { return 0; } }
        public int Quantity { get { return 0; } }
        public DateTime Time { get { return DateTime.MinValue; } }
    }

    public class ExecutionEventArgs : EventArgs
    {
        public Execution Execution { get { return null; } }
        public string ExecutionId { get { return null; } }
        public Instrument Instrument { get { return null; } }
        public MarketPosition MarketPosition { get { return MarketPosition.Flat; } }
        public string OrderId { get { return null; } }
        public double Price { get { return 0; } }
        public int Quantity { get { return 0; } }
        public DateTime Time { get { return DateTime.MinValue; } }
    }

    public class PositionEventArgs : EventArgs
    {
        public Position Position { get { return null; } }
        public MarketPosition MarketPosition { get { return MarketPosition.Flat; } }
        public int Quantity { get { return 0; } }
        public double AveragePrice { get { return 0; } }
    }

    public class Account
    {
        public static Collection<Account> All { get { return null; } }
        public string Name { get { return null; } }
        public Collection<Position> Positions { get { return null; } }
        public event EventHandler<PositionEventArgs> PositionUpdate;
        public event EventHandler<ExecutionEventArgs> ExecutionUpdate;
        public double Get(AccountItem itemType, Currency currency) { return 0; }
    }
}
#pragma warning restore 67
