package com.fks.copilot.gateway.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A walk-forward's result: per contract, every candidate's in-sample and out-of-sample scores side by side, each
 * fold's choice, and the suggestion with its out-of-sample record. {@link #suggestionsJson} is what the dashboard
 * shows; nothing here changes the live rules.
 */
public record OptimizeReport(String source, List<LocalDate> days, WalkForward.Windows windows,
                             List<WalkForward.Fold> folds, List<WalkForward.ContractResult> contracts) {
    private static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** "MGC: ORB 0.5×ATR, quality ≥ 55 %, stop 1.5×ATR — out-of-sample PF 1.40 over 40 days, 31 trades". */
    public static String sentence(WalkForward.ContractResult contract) {
        Score out = contract.outOfSample();
        return String.format(Locale.ROOT, "%s: %s — out-of-sample %s over %d days, %d trades, net $%s", contract.symbol(),
                contract.suggested().label(), out.trades() == 0 ? "no trade" : out.profitFactor() == null ? "no losing trade"
                        : String.format(Locale.ROOT, "PF %.2f", out.profitFactor()), contract.outOfSampleDays(),
                out.trades(), out.net().toPlainString());
    }

    public String toJson() {
        ObjectNode root = header();
        ArrayNode foldList = root.putArray("folds");
        folds.forEach(f -> foldList.add(fold(f)));
        ArrayNode list = root.putArray("contracts");
        for (WalkForward.ContractResult contract : contracts) {
            ObjectNode node = list.addObject();
            node.put("symbol", contract.symbol());
            node.put("suggestion", sentence(contract));
            node.set("suggested", candidate(contract.suggested()));
            node.set("walk_forward_out_of_sample", score(contract.outOfSample()));
            ArrayNode choices = node.putArray("choices");
            for (WalkForward.Choice choice : contract.choices()) {
                ObjectNode c = choices.addObject();
                c.set("fold", fold(choice.fold()));
                c.set("chosen", candidate(choice.chosen()));
                c.set("in_sample", score(choice.inSample()));
                c.set("out_of_sample", score(choice.outOfSample()));
            }
            ArrayNode candidates = node.putArray("candidates");
            for (WalkForward.CandidateScores scores : contract.candidates()) {
                ObjectNode c = candidates.addObject();
                c.set("candidate", candidate(scores.candidate()));
                c.set("in_sample", score(scores.inSample()));
                c.set("out_of_sample", score(scores.outOfSample()));
            }
        }
        return write(root);
    }

    /** The suggestions alone, for the dashboard: a sentence and the setting per contract. */
    public String suggestionsJson() {
        ObjectNode root = header();
        ArrayNode list = root.putArray("suggestions");
        for (WalkForward.ContractResult contract : contracts) {
            ObjectNode node = list.addObject();
            node.put("symbol", contract.symbol());
            node.put("text", sentence(contract));
            node.set("suggested", candidate(contract.suggested()));
            node.set("live", candidate(Candidate.LIVE));
            node.set("out_of_sample", score(contract.outOfSample()));
            node.put("out_of_sample_days", contract.outOfSampleDays());
        }
        return write(root);
    }

    /** The table: per contract, the live setting and the suggestion, in-sample vs out-of-sample. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "walk-forward %s → %s: %d trading days, %d folds of %d in-sample + %d out-of-sample days; %s%n",
                days.get(0), days.get(days.size() - 1), days.size(), folds.size(), windows.inSampleDays(),
                windows.outOfSampleDays(), source));
        for (WalkForward.ContractResult contract : contracts) {
            out.append(sentence(contract)).append('\n');
            for (WalkForward.CandidateScores scores : contract.candidates()) {
                if (scores.candidate().equals(Candidate.LIVE) || scores.candidate().equals(contract.suggested())) {
                    out.append(String.format(Locale.ROOT, "    %-44s in-sample %4d trades $%10s   out-of-sample %4d trades $%10s%s%n",
                            scores.candidate().label(), scores.inSample().trades(), scores.inSample().net().toPlainString(),
                            scores.outOfSample().trades(), scores.outOfSample().net().toPlainString(),
                            scores.candidate().equals(Candidate.LIVE) ? "  (live)" : ""));
                }
            }
        }
        return out.toString();
    }

    private ObjectNode header() {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", source);
        root.put("from", days.get(0).toString());
        root.put("to", days.get(days.size() - 1).toString());
        root.put("trading_days", days.size());
        root.put("in_sample_days", windows.inSampleDays());
        root.put("out_of_sample_days", windows.outOfSampleDays());
        root.put("note", "suggestions only: the live rules do not change");
        return root;
    }

    private static ObjectNode fold(WalkForward.Fold fold) {
        ObjectNode node = JSON.createObjectNode();
        node.put("in_sample_from", fold.inFrom().toString());
        node.put("in_sample_to", fold.inTo().toString());
        node.put("out_of_sample_from", fold.outFrom().toString());
        node.put("out_of_sample_to", fold.outTo().toString());
        return node;
    }

    private static ObjectNode candidate(Candidate candidate) {
        ObjectNode node = JSON.createObjectNode();
        node.put("orb_atr", candidate.orbAtr());
        node.put("min_quality", candidate.minQuality());
        node.put("stop_atr", candidate.stopAtr());
        node.put("label", candidate.label());
        return node;
    }

    private static ObjectNode score(Score score) {
        ObjectNode node = JSON.createObjectNode();
        node.put("trades", score.trades());
        node.put("net", score.net());
        if (score.profitFactor() == null) {
            node.putNull("profit_factor");
        } else {
            node.put("profit_factor", score.profitFactor());
        }
        return node;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
