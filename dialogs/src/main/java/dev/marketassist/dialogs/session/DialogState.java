package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one dialog of one user stands: its step, the answers so far (in their stored form:
 * sensitive answers sealed) and the trail of steps that led here (for Back).
 */
public class DialogState {

	/** How the current step is being shown. */
	public enum Mode {

		/** Asking the current step's question. */
		ASKING,
		/** Editing one answer from the summary: the answer leads back to the summary. */
		EDITING,
		/** Waiting for the user to confirm cancelling. */
		CONFIRM_CANCEL

	}

	private String dialog;

	private String step;

	private Mode mode = Mode.ASKING;

	private Map<String, String> answers = new LinkedHashMap<>();

	private List<String> trail = new ArrayList<>();

	/**
	 * The rows being entered at a step answered row by row (canonical, in order): a working copy
	 * that becomes the step's answer on Done; {@code null} when no rows are being entered.
	 */
	private List<String> rows;

	/** What the dialog was started about (a ticket id, an order id): not answers, never shown. */
	private Map<String, String> context = new LinkedHashMap<>();

	private Instant startedAt;

	private Instant updatedAt;

	public DialogState() {
	}

	public DialogState(String dialog, String step, Instant now) {
		this.dialog = dialog;
		this.step = step;
		this.startedAt = now;
		this.updatedAt = now;
	}

	public String getDialog() {
		return dialog;
	}

	public void setDialog(String dialog) {
		this.dialog = dialog;
	}

	public String getStep() {
		return step;
	}

	public void setStep(String step) {
		this.step = step;
	}

	public Mode getMode() {
		return mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
	}

	public Map<String, String> getContext() {
		return context == null ? Map.of() : context;
	}

	public void setContext(Map<String, String> context) {
		this.context = new LinkedHashMap<>(context);
	}

	public List<String> getTrail() {
		return trail;
	}

	public void setTrail(List<String> trail) {
		this.trail = trail == null ? new ArrayList<>() : new ArrayList<>(trail);
	}

	public List<String> getRows() {
		return rows;
	}

	public void setRows(List<String> rows) {
		this.rows = rows == null ? null : new ArrayList<>(rows);
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public void setStartedAt(Instant startedAt) {
		this.startedAt = startedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
