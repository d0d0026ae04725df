// Lists every error the JDK's XML Schema validator (javax.xml.validation, as ANAF's validator and the oracle use it)
// reports for UBL 2.1 Invoice / CreditNote files, one line each, as test data for the structural checks
// (tests/Efactura.Validation.Tests/Structure/jdk-xsd-errors.tsv).
//
// usage: java tools/XsdErrors/XsdErrors.java <ubl-2.1-xsd dir> <base dir> FILE... > jdk-xsd-errors.tsv
// Output: file (relative to base dir), line, column, message; the UBL namespace prefix
// "urn:oasis:names:specification:ubl:schema:xsd:" is written as "~" to keep the file small.
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class XsdErrors {
    public static void main(String[] args) throws Exception {
        Path xsd = Path.of(args[0]);
        Path base = Path.of(args[1]).toAbsolutePath();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema invoice = factory.newSchema(xsd.resolve("maindoc/UBL-Invoice-2.1.xsd").toFile());
        Schema creditNote = factory.newSchema(xsd.resolve("maindoc/UBL-CreditNote-2.1.xsd").toFile());
        System.out.println("# file\tline\tcolumn\tmessage (JDK " + System.getProperty("java.version") + "; ~ = urn:oasis:names:specification:ubl:schema:xsd:)");
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]).toAbsolutePath();
            String text = Files.readString(file);
            Schema schema = text.contains("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") ? creditNote : invoice;
            Validator validator = schema.newValidator();
            List<String> errors = new ArrayList<>();
            validator.setErrorHandler(new ErrorHandler() {
                public void warning(SAXParseException e) { }
                public void error(SAXParseException e) { errors.add(e.getLineNumber() + "\t" + e.getColumnNumber() + "\t" + e.getMessage()); }
                public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + "\t" + e.getColumnNumber() + "\tFATAL " + e.getMessage()); }
            });
            try { validator.validate(new StreamSource(file.toFile())); } catch (SAXParseException e) { /* recorded */ }
            String name = base.relativize(file).toString();
            for (String error : errors) {
                System.out.println(name + "\t" + error.replace("urn:oasis:names:specification:ubl:schema:xsd:", "~"));
            }
        }
    }
}
