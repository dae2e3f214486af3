package dev.marketassist.bot.api;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.NotFound;
import dev.marketassist.core.Refused;
import dev.marketassist.dialogs.DialogsConfiguration;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the REST API as RFC 9457 problem details, with the rule's code and an English text. */
@RestControllerAdvice(basePackages = "dev.marketassist.bot")
class ApiErrors {

	private final Texts english = new Texts(DialogsConfiguration.bundles(), Language.EN);

	@ExceptionHandler(InvalidValue.class)
	ProblemDetail invalid(InvalidValue invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				english.plain(invalid));
		problem.setTitle("Invalid value");
		problem.setProperty("code", invalid.code());
		return problem;
	}

	@ExceptionHandler(Refused.class)
	ProblemDetail refused(Refused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				english.plain(refused));
		problem.setTitle("Not possible now");
		problem.setProperty("code", refused.code());
		return problem;
	}

	/** A request body that breaks its Bean Validation constraints: the first field and what it must be. */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail constraint(MethodArgumentNotValidException invalid) {
		FieldError field = invalid.getBindingResult().getFieldError();
		String name = field == null ? "body" : field.getField();
		String rule = field == null ? "is invalid" : field.getDefaultMessage();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, name + ": " + rule);
		problem.setTitle("Invalid value");
		problem.setProperty("field", name);
		return problem;
	}

	@ExceptionHandler(NotAllowed.class)
	ProblemDetail notAllowed(NotAllowed refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound missing) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
	}

}
